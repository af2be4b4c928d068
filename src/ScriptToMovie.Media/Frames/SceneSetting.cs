namespace ScriptToMovie.Media.Frames;

internal enum DayPhase { Morning, Day, Dusk, Night }

internal enum Place
{
    // outside
    Street, Park, Forest, Beach, Lake, Dock, Pool, Road, House, Hills, Space, OpenGround,
    // inside
    Cafe, Bar, Office, Kitchen, Bedroom, Library, Car, Hospital, Classroom, Hallway, Garage, Room,
}

/// <summary>Where and when a scene happens, read from the slugline's parts.</summary>
internal sealed record SceneSetting(bool Exterior, Place Place, DayPhase Phase)
{
    // First match wins, so specific places come before the general words that contain them.
    private static readonly (Place Place, string[] Words)[] Vocabulary =
    [
        (Place.Space, ["SPACE", "ORBIT", "ASTEROID"]),
        (Place.Car, ["CAR", "TAXI", "CAB", "LIMO", "LIMOUSINE", "SEDAN", "JEEP", "TRUCK", "VAN", "LANDCRUISER", "GTI", "VW", "SUV", "PICKUP", "DRIVING", "CONVERTIBLE"]),
        (Place.Cafe, ["COFFEE", "CAFE", "CAFÉ", "COFFEESHOP", "DINER", "RESTAURANT", "BISTRO", "TEAROOM", "BAKERY", "CANTEEN", "CAFETERIA"]),
        (Place.Bar, ["BAR", "PUB", "TAVERN", "SALOON", "NIGHTCLUB", "CLUB", "LOUNGE"]),
        (Place.Hospital, ["HOSPITAL", "WARD", "CLINIC", "INFIRMARY", "ER", "ICU", "SICKBAY"]),
        (Place.Classroom, ["CLASSROOM", "SCHOOL", "LECTURE", "CLASS", "UNIVERSITY", "COLLEGE"]),
        (Place.Library, ["LIBRARY", "BOOKSHOP", "BOOKSTORE", "STUDY", "ARCHIVE", "ARCHIVES"]),
        (Place.Kitchen, ["KITCHEN", "KITCHENETTE", "PANTRY"]),
        (Place.Bedroom, ["BEDROOM", "BEDSIT", "DORM", "NURSERY", "MOTEL", "HOTEL ROOM", "RM", "SUITE"]),
        (Place.Office, ["OFFICE", "COPY", "CUBICLE", "CONFERENCE", "BOARDROOM", "WORKSTATION", "NEWSROOM", "AGENCY", "CONTROL", "BRIDGE", "SWITCHBOARD", "LAB", "LABORATORY"]),
        (Place.Hallway, ["HALLWAY", "CORRIDOR", "LANDING", "LOBBY", "STAIRWELL", "STAIRS", "ELEVATOR", "FOYER", "PASSAGEWAY", "ENTRANCE", "HALL"]),
        (Place.Garage, ["GARAGE", "WORKSHOP", "WAREHOUSE", "HANGAR", "HANGER", "BARN", "SHED", "FACTORY", "SHIPYARD"]),
        (Place.Pool, ["POOL", "SWIMMING"]),
        (Place.Beach, ["BEACH", "SHORE", "SEASHORE", "COAST", "SEA", "OCEAN", "BAY", "SEASIDE", "BOARDWALK"]),
        (Place.Dock, ["DOCK", "DOCKS", "PIER", "HARBOR", "HARBOUR", "MARINA", "WHARF", "JETTY", "PORT"]),
        (Place.Lake, ["LAKE", "RIVER", "POND", "CANAL", "RIVERBANK", "LAKESIDE", "STREAM", "CREEK", "WATERFRONT"]),
        (Place.Forest, ["FOREST", "WOODS", "WOOD", "JUNGLE", "GROVE", "THICKET", "WOODLAND", "ORCHARD"]),
        (Place.Park, ["PARK", "GARDEN", "GARDENS", "MEADOW", "CEMETERY", "GRAVEYARD", "PLAYGROUND", "LAWN", "BACKYARD", "YARD", "CAMPSITE", "CAMPUS"]),
        (Place.Road, ["ROAD", "HIGHWAY", "FREEWAY", "MOTORWAY", "INTERSTATE", "ROUTE", "LANE", "DESERT", "GAS STATION", "PARKING"]),
        (Place.Street, ["STREET", "CITY", "ALLEY", "ALLEYWAY", "AVENUE", "SIDEWALK", "DOWNTOWN", "SQUARE", "PLAZA", "PLACE", "SKYSCRAPER", "ROOFTOP", "ROOF", "DISTRICT", "BOULEVARD", "MARKET", "CORNER", "STATION", "PLATFORM", "BUILDING", "FACADE", "TOWN", "VILLAGE", "COURTYARD", "METRO", "MÉTRO", "SUBWAY"]),
        (Place.House, ["HOUSE", "HOME", "MANSION", "SHACK", "CABIN", "COTTAGE", "PATIO", "PORCH", "DRIVEWAY", "FARMHOUSE", "TRAILER", "APARTMENT", "VILLA", "BUNGALOW", "CHURCH", "CHAPEL"]),
        (Place.Hills, ["HILL", "HILLS", "HILLSIDE", "MOUNTAIN", "MOUNTAINS", "CLIFF", "VALLEY", "FIELD", "FIELDS", "FARM", "RANCH", "COUNTRYSIDE", "PRAIRIE"]),
    ];

    private static readonly HashSet<Place> Outdoors =
        [Place.Street, Place.Park, Place.Forest, Place.Beach, Place.Lake, Place.Dock, Place.Pool, Place.Road, Place.House, Place.Hills, Place.Space, Place.OpenGround];

    public static SceneSetting Read(FrameRequest request)
    {
        var found = FindPlace(Tokens(request.Location), request.Location.ToUpperInvariant())
            ?? (request.SettingName is { Length: > 0 } setting ? FindPlace(Tokens(setting), setting.ToUpperInvariant()) : null);
        var prefix = (request.Interior ?? request.SettingInterior ?? "").Trim().TrimEnd('.').ToUpperInvariant();
        var saysExterior = prefix is "EXT" or "EXTERIOR";
        var saysBoth = prefix is "INT/EXT" or "EXT/INT" or "I/E" or "INT./EXT" or "EXT./INT";
        var saysInterior = prefix is "INT" or "INTERIOR";

        var exterior = saysExterior || (!saysInterior && found is { } f && Outdoors.Contains(f) && !(saysBoth && f == Place.Car));
        if (saysBoth && found == Place.Car) exterior = false;

        Place place;
        if (exterior && found == Place.Office && request.Location.Contains("BRIDGE", StringComparison.OrdinalIgnoreCase))
        {
            // A starship's bridge is a room; a bridge outdoors spans water.
            found = Place.Lake;
        }
        if (exterior)
        {
            // An interior word outside ("EXT. LIBRARY", "EXT. OFFICE BUILDING") means its facade on a street.
            place = found is { } p && Outdoors.Contains(p) ? p : found == Place.Car ? Place.Road : found is null ? Place.OpenGround : Place.Street;
        }
        else
        {
            // Outdoor words inside ("INT. TRAILER HOME", "INT. SHIPYARD CORRIDOR") fall back to a room.
            place = found is { } p && !Outdoors.Contains(p) ? p : Place.Room;
        }
        return new SceneSetting(exterior, place, PhaseOf(request.TimeOfDay, request.Heading));
    }

    private static Place? FindPlace(HashSet<string> words, string upperText)
    {
        foreach (var (place, vocabulary) in Vocabulary)
        {
            foreach (var word in vocabulary)
            {
                if (word.Contains(' ') ? upperText.Contains(word, StringComparison.Ordinal) : words.Contains(word)) return place;
            }
        }
        return null;
    }

    internal static DayPhase PhaseOf(string? timeOfDay, string heading)
    {
        return Match(timeOfDay) ?? Match(heading) ?? DayPhase.Day;

        static DayPhase? Match(string? text)
        {
            if (string.IsNullOrWhiteSpace(text)) return null;
            var words = Tokens(text);
            if (words.Overlaps(["NIGHT", "MIDNIGHT", "NIGHTTIME", "LATE-NIGHT", "DARK"])) return DayPhase.Night;
            if (words.Overlaps(["DUSK", "SUNSET", "EVENING", "TWILIGHT", "DAWN", "SUNRISE", "DAYBREAK", "SUNDOWN", "GOLDEN"])) return DayPhase.Dusk;
            if (words.Overlaps(["MORNING", "AFTERNOON"]) && words.Contains("LATE")) return words.Contains("MORNING") ? DayPhase.Day : DayPhase.Morning;
            if (words.Overlaps(["MORNING", "BREAKFAST"])) return DayPhase.Morning;
            if (words.Overlaps(["DAY", "NOON", "AFTERNOON", "MIDDAY", "DAYTIME", "LUNCH"])) return DayPhase.Day;
            return null;
        }
    }

    private static HashSet<string> Tokens(string text) =>
        text.ToUpperInvariant()
            .Split([' ', ',', '.', '-', '—', '–', '/', '(', ')', '\'', '’', ':', ';', '"'], StringSplitOptions.RemoveEmptyEntries)
            .ToHashSet();
}
