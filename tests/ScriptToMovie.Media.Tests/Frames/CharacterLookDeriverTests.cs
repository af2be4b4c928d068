using ScriptToMovie.Media.Frames;
using SkiaSharp;

namespace ScriptToMovie.Media.Tests.Frames;

public class CharacterLookDeriverTests
{
    private static bool IsRed(SKColor c) => c.Red > 150 && c.Green < 80 && c.Blue < 80;

    [Fact]
    public void A_red_scarf_becomes_a_red_scarf_accessory()
    {
        var look = CharacterLookDeriver.Derive("ALICE", "a barista in her 30s with a red scarf");

        Assert.Equal(Accessory.Scarf, look.Accessory);
        Assert.True(IsRed(look.AccessoryColor), look.AccessoryColor.ToString());
    }

    [Fact]
    public void The_same_character_gets_the_same_look_every_time_whatever_the_extension()
    {
        var first = CharacterLookDeriver.Derive("ALICE", "tall, blonde, green coat");

        Assert.Equal(first, CharacterLookDeriver.Derive("ALICE", "tall, blonde, green coat"));
        Assert.Equal(first, CharacterLookDeriver.Derive("Alice (V.O.)", "tall, blonde, green coat"));
    }

    [Fact]
    public void A_look_filled_from_the_name_does_not_change_between_runs()
    {
        // Pinned: a per-process hash (string.GetHashCode) would change this from run to run.
        var look = CharacterLookDeriver.Derive("EVE", null);

        Assert.Equal(new SKColor(0xF6, 0xD7, 0xBE), look.Skin);
        Assert.Equal(Accessory.Scarf, look.Accessory);
    }

    [Fact]
    public void Different_names_without_descriptions_look_different()
    {
        var names = new[] { "ALICE", "BOB", "CAROL", "DAN", "EVE", "FRANK", "GRACE", "HEIDI" };
        var looks = names.Select(n => CharacterLookDeriver.Derive(n, null)).ToList();

        Assert.Equal(names.Length, looks.Distinct().Count());
        Assert.True(looks.Select(l => l.Top).Distinct().Count() >= 4);
    }

    [Fact]
    public void A_grey_suit_dresses_the_whole_figure_in_grey_with_a_tie()
    {
        var look = CharacterLookDeriver.Derive("BOB", "a burly man in a grey suit");

        Assert.Equal(OutfitCut.Suit, look.Outfit);
        Assert.Equal(look.Top, look.Bottom);
        Assert.True(Math.Abs(look.Top.Red - look.Top.Blue) < 20 && look.Top.Red is > 100 and < 180, look.Top.ToString());
        Assert.Equal(BodyBuild.Broad, look.Build);
        Assert.Equal(Accessory.Tie, look.Accessory);
    }

    [Fact]
    public void Elderly_characters_get_grey_hair_and_a_cane()
    {
        var look = CharacterLookDeriver.Derive("EDNA", "an elderly woman, 80s, in a cardigan");

        Assert.True(look.IsElderly);
        Assert.Equal(Accessory.Cane, look.Accessory);
        Assert.True(look.HairColor.Red > 180 && Math.Abs(look.HairColor.Red - look.HairColor.Blue) < 20, look.HairColor.ToString());
    }

    [Theory]
    [InlineData("a kid with a blue cap")]
    [InlineData("TIMMY (8), freckled and restless")]
    [InlineData("a seven-year-old child")]
    public void Children_are_drawn_small(string description)
    {
        var look = CharacterLookDeriver.Derive("TIMMY", description);

        Assert.True(look.IsChild);
        Assert.True(look.Stature < 0.7f);
    }

    [Theory]
    [InlineData("burly dock worker", BodyBuild.Broad)]
    [InlineData("a thin, nervous clerk", BodyBuild.Slim)]
    [InlineData("wiry and quick", BodyBuild.Slim)]
    public void Build_words_set_the_build(string description, BodyBuild build)
    {
        Assert.Equal(build, CharacterLookDeriver.Derive("SAM", description).Build);
    }

    [Fact]
    public void Tall_characters_stand_taller()
    {
        Assert.True(CharacterLookDeriver.Derive("SAM", "tall and gangly").Stature > 1.05f);
    }

    [Fact]
    public void Hair_words_set_hair_colour_and_style()
    {
        var blonde = CharacterLookDeriver.Derive("KATE", "blonde, with a ponytail");
        var bald = CharacterLookDeriver.Derive("VIC", "bald, thick glasses");

        Assert.True(blonde.HairColor.Red > 200 && blonde.HairColor.Blue < 140, blonde.HairColor.ToString());
        Assert.Equal(HairStyle.Ponytail, blonde.HairStyle);
        Assert.Equal(HairStyle.Bald, bald.HairStyle);
        Assert.Equal(Accessory.Glasses, bald.Accessory);
    }

    [Fact]
    public void Colours_belong_to_the_garment_they_describe()
    {
        var look = CharacterLookDeriver.Derive("NINA", "yellow raincoat, black jeans and a purple beanie");

        Assert.Equal(OutfitCut.LongCoat, look.Outfit);
        Assert.True(look.Top.Red > 200 && look.Top.Green > 150 && look.Top.Blue < 80, look.Top.ToString());
        Assert.True(look.Bottom.Red < 60, look.Bottom.ToString());
        Assert.Equal(Accessory.Hat, look.Accessory);
        Assert.True(look.AccessoryColor.Blue > look.AccessoryColor.Green, look.AccessoryColor.ToString());
    }

    [Fact]
    public void A_description_written_by_the_parse_step_is_read_for_every_part_of_the_look()
    {
        // The shape CharacterLookWriter produces for a character the script says little about.
        var look = CharacterLookDeriver.Derive("JANE",
            "Jane: A woman in her late twenties with shoulder-length black hair, a slight frame and high cheekbones, wearing a mustard-yellow knit sweater and dark jeans.");

        Assert.Equal(HairStyle.Long, look.HairStyle);
        Assert.True(look.HairColor.Red < 50, look.HairColor.ToString());
        Assert.Equal(BodyBuild.Slim, look.Build);
        Assert.True(look.Top.Red > 180 && look.Top.Green > 130 && look.Top.Blue < 60, look.Top.ToString());
        Assert.Equal(new SKColor(0x3D, 0x5A, 0x86), look.Bottom);
        Assert.False(look.IsElderly);
    }

    [Fact]
    public void Curls_carry_their_colour()
    {
        var look = CharacterLookDeriver.Derive("MAYA", "tight black curls and a wiry frame");

        Assert.Equal(HairStyle.Curly, look.HairStyle);
        Assert.True(look.HairColor.Red < 50, look.HairColor.ToString());
    }

    [Fact]
    public void An_invented_top_never_hides_a_described_accessory()
    {
        foreach (var name in new[] { "ALICE", "BOB", "CAROL", "DAN", "EVE", "FRANK", "GRACE", "HEIDI", "IVAN", "JUDY" })
        {
            var look = CharacterLookDeriver.Derive(name, "a red scarf");
            var distance = Math.Abs(look.Top.Red - look.AccessoryColor.Red) + Math.Abs(look.Top.Green - look.AccessoryColor.Green) + Math.Abs(look.Top.Blue - look.AccessoryColor.Blue);
            Assert.True(distance >= 120, $"{name}: top {look.Top} vs scarf {look.AccessoryColor}");
        }
    }
}
