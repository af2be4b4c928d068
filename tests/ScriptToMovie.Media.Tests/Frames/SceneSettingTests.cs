using ScriptToMovie.Media.Frames;

namespace ScriptToMovie.Media.Tests.Frames;

public class SceneSettingTests
{
    private static SceneSetting Read(string? interior, string location, string? time = null) =>
        SceneSetting.Read(new FrameRequest(1280, 720, 1, $"{interior}. {location}", interior, location, time, [], null, 1));

    [Theory]
    [InlineData("INT", "COFFEE SHOP", "Cafe")]
    [InlineData("INT", "JOE'S DINER", "Cafe")]
    [InlineData("INT", "OFFICE", "Office")]
    [InlineData("INT", "KITCHEN", "Kitchen")]
    [InlineData("INT", "SCOTT'S BEDROOM", "Bedroom")]
    [InlineData("INT", "LIBRARY", "Library")]
    [InlineData("INT", "VW GTI, NORTHBOUND ON THE GOLDEN GATE BRIDGE", "Car")]
    [InlineData("INT", "HOSPITAL ROOM", "Hospital")]
    [InlineData("INT", "CLASSROOM", "Classroom")]
    [InlineData("INT", "TRAILER HOME", "Room")]
    [InlineData("EXT", "CITY STREET", "Street")]
    [InlineData("EXT", "DARK ALLEY", "Street")]
    [InlineData("EXT", "CENTRAL PARK", "Park")]
    [InlineData("EXT", "WOODS", "Forest")]
    [InlineData("EXT", "BEACH", "Beach")]
    [InlineData("EXT", "RIVER BANK", "Lake")]
    [InlineData("EXT", "DOCK", "Dock")]
    [InlineData("EXT", "HIGHWAY", "Road")]
    [InlineData("EXT", "BRICK'S POOL", "Pool")]
    [InlineData("EXT", "LIBRARY", "Street")]
    public void The_location_picks_the_kind_of_place(string interior, string location, string place)
    {
        Assert.Equal(Enum.Parse<Place>(place), Read(interior, location).Place);
    }

    [Theory]
    [InlineData("SCOTT", null, "THE BOSS'S OFFICE", "INT", "Office", false)]
    [InlineData("BACK ON THE PIER", null, "MARINA", "EXT", "Dock", true)]
    [InlineData("SCOTT, IN BAXTER'S KITCHEN", null, "THE BOSS'S OFFICE", "INT", "Kitchen", false)]
    public void A_heading_that_names_no_place_is_drawn_as_its_setting(
        string location, string? interior, string setting, string settingInterior, string place, bool exterior)
    {
        var read = SceneSetting.Read(new FrameRequest(1280, 720, 1, location, interior, location, null, [], null, 1, setting, settingInterior));

        Assert.Equal((Enum.Parse<Place>(place), exterior), (read.Place, read.Exterior));
    }

    [Theory]
    [InlineData("NIGHT", "Night")]
    [InlineData("DAY", "Day")]
    [InlineData("MORNING", "Morning")]
    [InlineData("DUSK", "Dusk")]
    [InlineData("DAWN", "Dusk")]
    [InlineData("EARLY EVENING", "Dusk")]
    [InlineData("LATE AFTERNOON", "Morning")]
    [InlineData("CONTINUOUS", "Day")]
    [InlineData(null, "Day")]
    public void The_time_of_day_picks_the_light(string? time, string phase)
    {
        Assert.Equal(Enum.Parse<DayPhase>(phase), Read("EXT", "STREET", time).Phase);
    }

    [Fact]
    public void A_heading_without_a_time_slot_still_lends_its_time_words()
    {
        Assert.Equal(DayPhase.Dusk, SceneSetting.PhaseOf(null, "INT. BAXTER'S APARTMENT, LATER THAT EVENING"));
    }

    [Fact]
    public void Int_ext_in_a_car_is_inside_the_car()
    {
        var setting = Read("INT/EXT", "CAR");

        Assert.False(setting.Exterior);
        Assert.Equal(Place.Car, setting.Place);
    }
}
