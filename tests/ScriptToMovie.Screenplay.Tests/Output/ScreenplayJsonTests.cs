using System.Text.Json;
using ScriptToMovie.Screenplay.Tests.Support;

namespace ScriptToMovie.Screenplay.Tests.Output;

public class ScreenplayJsonTests
{
    [Fact]
    public void The_json_has_the_shape_that_parse_promises()
    {
        var doc = SharedFiles.ReadScreenplay("Brick-and-Steel.fountain");
        using var json = JsonDocument.Parse(ScreenplayJson.Serialize(doc));
        var root = json.RootElement;

        Assert.Equal(["title", "titlePage", "format", "messages", "scenes", "elements", "characters"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("BRICK & STEEL FULL RETIRED", root.GetProperty("title").GetString());
        Assert.Equal("Stu Maschwitz", root.GetProperty("titlePage").GetProperty("Author").GetString());
        Assert.Equal("fountain", root.GetProperty("format").GetString());

        var scene = root.GetProperty("scenes")[0];
        Assert.Equal(["number", "scriptSceneNumber", "heading", "interior", "location", "timeOfDay", "characters", "startLine", "endLine", "elements"],
            scene.EnumerateObject().Select(p => p.Name));
        Assert.Equal(1, scene.GetProperty("number").GetInt32());
        Assert.Equal(JsonValueKind.Null, scene.GetProperty("scriptSceneNumber").ValueKind);
        Assert.Equal("EXT. BRICK'S PATIO - DAY", scene.GetProperty("heading").GetString());
        Assert.Equal("EXT", scene.GetProperty("interior").GetString());
        Assert.Equal("BRICK'S PATIO", scene.GetProperty("location").GetString());
        Assert.Equal("DAY", scene.GetProperty("timeOfDay").GetString());
        Assert.Equal(["STEEL", "BRICK"], scene.GetProperty("characters").EnumerateArray().Select(c => c.GetString()));

        var dialogue = scene.GetProperty("elements").EnumerateArray().First(e => e.GetProperty("type").GetString() == "dialogue");
        Assert.Equal("Beer's ready!", dialogue.GetProperty("text").GetString());
        Assert.Equal("STEEL", dialogue.GetProperty("character").GetString());
        Assert.False(dialogue.GetProperty("dual").GetBoolean());
        Assert.Equal(20, dialogue.GetProperty("line").GetInt32());

        var steel = root.GetProperty("characters").EnumerateArray().First(c => c.GetProperty("name").GetString() == "STEEL");
        Assert.True(steel.GetProperty("dialogueLines").GetInt32() > 5);
        Assert.Contains(1, steel.GetProperty("scenes").EnumerateArray().Select(n => n.GetInt32()));
    }

    [Fact]
    public void Messages_carry_their_line_and_pretty_output_is_indented()
    {
        var doc = ScreenplayReader.ReadText("Someone waits.\n\nBOB ^\nHi.");
        var pretty = ScreenplayJson.Serialize(doc, pretty: true);
        Assert.Contains("\n  \"format\": \"fountain\"", pretty);
        using var json = JsonDocument.Parse(pretty);
        var messages = json.RootElement.GetProperty("messages").EnumerateArray().ToList();
        Assert.Contains(messages, m => m.GetProperty("line").ValueKind == JsonValueKind.Number && m.GetProperty("line").GetInt32() == 3);
        Assert.Contains(messages, m => m.GetProperty("line").ValueKind == JsonValueKind.Null);
        Assert.Equal(3, json.RootElement.GetProperty("elements").GetArrayLength());
        Assert.DoesNotContain("\\u0027", ScreenplayJson.Serialize(ScreenplayReader.ReadText("It's mine.")));
    }
}
