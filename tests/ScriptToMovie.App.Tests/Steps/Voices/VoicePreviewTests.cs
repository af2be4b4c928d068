using ScriptToMovie.App.Steps.Voices;

namespace ScriptToMovie.App.Tests.Steps.Voices;

public class VoicePreviewTests
{
    [Fact]
    public void The_preview_speaks_the_characters_first_line_of_some_length()
    {
        Assert.Equal("Who told you about the keys?", VoicePreviewEndpoint.SampleLine(SampleScript.Text, "TOM"));
        Assert.Equal("He should have been here by now.", VoicePreviewEndpoint.SampleLine(SampleScript.Text, "mara"));
    }

    [Fact]
    public void A_character_without_lines_introduces_themselves()
    {
        Assert.Equal("Hello, I'm Old Pete.", VoicePreviewEndpoint.SampleLine(SampleScript.Text, "OLD PETE"));
    }
}
