using System.Text.RegularExpressions;

namespace ScriptToMovie.Analysis;

/// <summary>What a kind of place typically holds, so a setting with few action lines still reads concretely.</summary>
internal static class PlaceKinds
{
    // Most specific first: COFFEE SHOP before SHOP, COPY ROOM before ROOM.
    private static readonly (Regex Pattern, string Details)[] Kinds =
    [
        (Kind("COFFEE SHOP|CAFE|CAFÉ|COFFEEHOUSE"), "small tables, a long counter with a hissing espresso machine and chalkboard menus"),
        (Kind("COPY ROOM|PRINT ROOM"), "a hulking copier, stacked reams of paper and metal shelving"),
        (Kind("MUSIC STUDIO|RECORDING STUDIO|STUDIO"), "a mixing desk, microphones on stands and instruments leaning against the walls"),
        (Kind("KITCHEN"), "counters, cabinets, a stove and a sink under a window"),
        (Kind("BAR|PUB|SALOON|TAVERN|NIGHTCLUB|CLUB"), "a long wooden bar, bottles backlit on shelves, stools and low booths"),
        (Kind("RESTAURANT|DINER|CAFETERIA"), "tables laid with menus, booths and a busy service counter"),
        (Kind("OFFICE|CUBICLE|NEWSROOM"), "desks, computer monitors, filing cabinets and ceiling panels of light"),
        (Kind("BEDROOM"), "a bed, a nightstand with a lamp and clothes thrown over a chair"),
        (Kind("LIVING ROOM|DEN|LOUNGE"), "a sofa, a coffee table and a television"),
        (Kind("BATHROOM|RESTROOM"), "tiled walls, a mirror over the sink and harsh overhead light"),
        (Kind("HALLWAY|CORRIDOR|HALL"), "a row of doors under ceiling lights"),
        (Kind("GARAGE"), "a concrete floor, tool racks on the walls and a parked car"),
        (Kind("POOL"), "blue water, a tiled edge and lounge chairs"),
        (Kind("PATIO|YARD|BACKYARD|GARDEN|PORCH|TERRACE"), "outdoor furniture, potted plants and a fence line"),
        (Kind("ALLEY|ALLEYWAY"), "brick walls, dumpsters and rusting fire escapes"),
        (Kind("STREET|ROAD|AVENUE|BOULEVARD|HIGHWAY|SIDEWALK"), "asphalt, parked cars, shopfronts and sidewalks"),
        (Kind("PARK"), "grass, trees, winding paths and park benches"),
        (Kind("FOREST|WOODS|JUNGLE"), "tall trees, thick undergrowth and dappled light"),
        (Kind("BEACH|SHORE|COAST"), "sand, breaking surf and a wide horizon"),
        (Kind("MOUNTAIN|SKI|SLOPE|CHALET|LODGE"), "snowy slopes, timber and a wide mountain view"),
        (Kind("CAR|TAXI|CAB|VAN|TRUCK|LIMO|LIMOUSINE|PORSCHE"), "a cramped dashboard and seats, the world sliding past the windows"),
        (Kind("TRAILER|RV|CARAVAN"), "a fold-out table, a tiny kitchenette and thin walls"),
        (Kind("SHACK|CABIN|HUT|SHED|BARN"), "rough wooden planks, weathered boards and a tin roof"),
        (Kind("MANSION|PALACE|ESTATE|CASTLE|VILLA"), "grand architecture, manicured grounds and expensive finishes"),
        (Kind("HOSPITAL|CLINIC|WARD|ER"), "white walls, hospital beds, monitors and bright clinical light"),
        (Kind("POLICE STATION|PRECINCT|STATION HOUSE|INTERROGATION"), "desks, notice boards and a holding cell"),
        (Kind("LIBRARY|BOOKSTORE"), "tall bookshelves, reading tables and quiet lamps"),
        (Kind("CHURCH|CHAPEL|CATHEDRAL|TEMPLE"), "pews, stained glass and an altar"),
        (Kind("SCHOOL|CLASSROOM|CAMPUS|LECTURE"), "rows of desks, a whiteboard and posters on the walls"),
        (Kind("WAREHOUSE|FACTORY|PLANT|HANGAR"), "bare concrete, steel beams and stacked crates"),
        (Kind("GOLDEN GATE|BRIDGE"), "steel cables, railings and lanes of traffic over open water"),
        (Kind("COCKPIT|CONTROL ROOM|COMMAND|SPACESHIP|STARSHIP|SHIP|CORE|LAB|LABORATORY|ENGINEERING"), "consoles, screens and banks of blinking control panels"),
        (Kind("SKYSCRAPER|TOWER|HIGH-RISE|LOBBY"), "glass and steel, polished floors and long sight lines"),
        (Kind("ELEVATOR|LIFT"), "mirrored walls and a panel of buttons"),
        (Kind("ROOF|ROOFTOP"), "vents and pipes, the skyline beyond"),
        (Kind("HOTEL|MOTEL|SUITE"), "a made bed, heavy curtains and a writing desk"),
        (Kind("APARTMENT|FLAT|LOFT|CONDO"), "lived-in furniture, bookshelves and windows onto the street"),
        (Kind("HOUSE|HOME|COTTAGE"), "family furniture and framed photographs on the walls"),
        (Kind("SHOP|STORE|MARKET|BOUTIQUE|MALL"), "shelves of goods, a till and bright display lighting"),
        (Kind("AIRPORT|TERMINAL|TRAIN|STATION|PLATFORM|SUBWAY|METRO"), "departure boards, benches and the flow of travellers"),
        (Kind("STAGE|THEATER|THEATRE|AUDITORIUM|ARENA"), "a lit stage facing rows of seats"),
        (Kind("DESERT"), "sand, scrub and heat shimmer to the horizon"),
        (Kind("FIELD|MEADOW|FARM|RANCH"), "open grass, fences and a wide sky"),
    ];

    /// <summary>Typical contents of a place named like <paramref name="upperLocation"/>, or null when unknown.</summary>
    public static string? Details(string upperLocation)
    {
        foreach (var (pattern, details) in Kinds)
            if (pattern.IsMatch(upperLocation)) return details;
        return null;
    }

    private static Regex Kind(string words) => new(@"(?<![A-Z])(?:" + words + @")(?:S|ES)?(?![A-Z])", RegexOptions.CultureInvariant);
}
