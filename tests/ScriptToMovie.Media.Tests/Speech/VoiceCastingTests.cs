using ScriptToMovie.Media.Speech;

namespace ScriptToMovie.Media.Tests.Speech;

public sealed class VoiceCastingTests
{
    [Fact]
    public void The_same_character_always_gets_the_same_voice()
    {
        var first = VoiceProfile.ForCharacter("ALICE", "a tired nurse in her forties");
        var again = VoiceProfile.ForCharacter("ALICE", "a tired nurse in her forties");

        Assert.Equal(first, again);
        // Pinned: a stable hash, not string.GetHashCode, which changes from one process to the next.
        Assert.Equal("espeak:en-us+f1:p73:s182", first.ToString());
        Assert.Equal(first, VoiceProfile.ForCharacter("alice ", "she is a tired nurse"));
    }

    [Fact]
    public void Women_get_female_variants_and_men_male_ones()
    {
        Assert.True(VoiceProfile.ForCharacter("NURSE", "She wears scrubs.").SoundsFemale);
        Assert.True(VoiceProfile.ForCharacter("MARGARET", null).SoundsFemale);
        Assert.True(VoiceProfile.ForCharacter("MRS. HENDERSON", null).SoundsFemale);
        Assert.True(VoiceProfile.ForCharacter("GRANDMA", null).SoundsFemale);
        Assert.False(VoiceProfile.ForCharacter("BRICK", "A big man with a crowbar.").SoundsFemale);
        Assert.False(VoiceProfile.ForCharacter("DETECTIVE", null).SoundsFemale);
        Assert.False(VoiceProfile.ForCharacter("ALICE", "Alice's father; he never smiles.").SoundsFemale);
    }

    [Fact]
    public void Every_character_of_a_script_gets_a_different_voice()
    {
        var characters = new (string, string?)[]
        {
            ("BRICK", "a man built like a wall"), ("STEEL", "his wiry partner, he talks fast"),
            ("MAYA", "a young woman, the getaway driver"), ("OFFICER DAWSON", null), ("JUNE", "she runs the diner"),
            ("THE BOSS", null), ("KID", "a boy of ten"), ("ROSA", null), ("GUARD", null), ("GUARD 2", null),
            ("MAYOR", null), ("REPORTER", null), ("BARTENDER", null), ("ANNIE", null), ("ELLEN", null), ("NINA", null),
            ("SALLY", null),
        };

        var cast = VoiceCaster.Cast(characters);

        Assert.Equal(characters.Length, cast.Count);
        Assert.Equal(cast.Count, cast.Values.Distinct().Count());
        // Seven men's variants for ten men: each used before any is shared; shared ones differ in pitch.
        var men = cast.Values.Where(v => !v.SoundsFemale).ToList();
        Assert.Equal(7, men.Select(v => v.Voice).Distinct().Count());
        foreach (var sharing in cast.Values.GroupBy(v => v.Voice).Where(g => g.Count() > 1))
        {
            var pitches = sharing.Select(v => v.Pitch).Order().ToList();
            Assert.All(pitches.Zip(pitches.Skip(1)), p => Assert.True(p.Second - p.First >= 12, $"{sharing.Key}: {string.Join(",", pitches)}"));
        }
        Assert.True(cast["MAYA"].SoundsFemale);
        Assert.True(cast["june"].SoundsFemale);
        Assert.False(cast["BRICK"].SoundsFemale);
    }

    [Fact]
    public void Even_a_crowd_of_forty_gets_forty_different_voices()
    {
        var crowd = Enumerable.Range(1, 40).Select(i => ($"EXTRA {i}", (string?)null));

        var cast = VoiceCaster.Cast(crowd);

        Assert.Equal(40, cast.Values.Distinct().Count());
        Assert.All(cast.Values, v => Assert.InRange(v.Pitch, 0, 99));
    }

    [Fact]
    public void Casting_the_same_script_twice_gives_the_same_voices()
    {
        var characters = new (string, string?)[] { ("A", null), ("B", null), ("C", "she"), ("D", null) };

        Assert.Equal(VoiceCaster.Cast(characters), VoiceCaster.Cast(characters));
    }

    [Fact]
    public void A_voice_round_trips_through_its_compact_text_form()
    {
        var voice = new VoiceProfile(SpeechEngine.Espeak, "en-us+f3", 55, 165);

        Assert.Equal("espeak:en-us+f3:p55:s165", voice.ToString());
        Assert.Equal(voice, VoiceProfile.Parse("espeak:en-us+f3:p55:s165"));
        Assert.Equal(new VoiceProfile(SpeechEngine.Flite, "slt", 60, 170), VoiceProfile.Parse("flite:slt:p60:s170"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("espeak:en-us+f3:p55")]
    [InlineData("espeak:en-us+f3:p100:s165")]
    [InlineData("espeak:en-us+f3:p55:s20")]
    [InlineData("festival:kal:p55:s165")]
    [InlineData("espeak:en us;rm:p55:s165")]
    public void Text_that_is_not_a_voice_is_rejected(string text)
    {
        Assert.False(VoiceProfile.TryParse(text, out _));
        Assert.Throws<FormatException>(() => VoiceProfile.Parse(text));
    }

    [Theory]
    [InlineData("(whispering)", Delivery.Soft)]
    [InlineData("(quietly)", Delivery.Soft)]
    [InlineData("(under her breath)", Delivery.Soft)]
    [InlineData("(shouting)", Delivery.Loud)]
    [InlineData("(yelling, to Bob)", Delivery.Loud)]
    [InlineData("(angry)", Delivery.Loud)]
    [InlineData("(angrily)", Delivery.Loud)]
    [InlineData("(beat)", Delivery.Normal)]
    [InlineData(null, Delivery.Normal)]
    public void Parentheticals_set_how_a_line_is_delivered(string? parenthetical, Delivery expected) =>
        Assert.Equal(expected, Deliveries.FromParenthetical(parenthetical));
}
