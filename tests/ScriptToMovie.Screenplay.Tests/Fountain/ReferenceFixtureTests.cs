using System.Text.Json;
using ScriptToMovie.Screenplay.Tests.Support;

namespace ScriptToMovie.Screenplay.Tests.Fountain;

/// <summary>Every assertion of the reference parser's own unit tests (transcribed in EXPECTED.json) against our reader.</summary>
public class ReferenceFixtureTests
{
    private static readonly Lazy<JsonDocument> Expected = new(() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(SharedFiles.ReferenceFixtures, "EXPECTED.json"))));

    public static TheoryData<string> FixtureFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Expected.Value.RootElement.GetProperty("files").EnumerateObject()) data.Add(file.Name);
        return data;
    }

    private static ScreenplayDocument ReadFixture(string relative)
    {
        var path = Path.Combine(SharedFiles.ReferenceFixtures, relative);
        return ScreenplayReader.Read(File.ReadAllBytes(path), Path.GetFileName(path));
    }

    [Theory]
    [MemberData(nameof(FixtureFiles))]
    public void Every_expected_element_of_the_reference_tests_is_read_the_same_way(string fixture)
    {
        var spec = Expected.Value.RootElement.GetProperty("files").GetProperty(fixture);
        var doc = ReadFixture(fixture);
        Assert.Equal(ScreenplayFormats.Fountain, doc.Format);
        var list = ReferenceElementList.From(doc);
        var failures = new List<string>();

        foreach (var check in spec.GetProperty("expect").EnumerateArray())
        {
            int index = check.GetProperty("index").GetInt32();
            string label = $"index {index} ({(check.TryGetProperty("note", out var n) ? n.GetString() : "")})";
            if (index >= list.Count) { failures.Add($"{label}: only {list.Count} elements"); continue; }
            var actual = list[index];
            if (check.TryGetProperty("type", out var type) && actual.Type != type.GetString())
                failures.Add($"{label}: expected {type.GetString()}, got {actual.Type} '{actual.Text}'");
            if (check.TryGetProperty("not_type", out var notType) && actual.Type == notType.GetString())
                failures.Add($"{label}: must not be {notType.GetString()}");
            if (check.TryGetProperty("text", out var text) && actual.Text != Plain(text.GetString()!, actual.Type))
                failures.Add($"{label}: expected text '{Plain(text.GetString()!, actual.Type)}', got '{actual.Text}'");
            if (check.TryGetProperty("sceneNumber", out var number) && actual.SceneNumber != number.GetString())
                failures.Add($"{label}: expected scene number {number.GetString()}, got {actual.SceneNumber}");
            if (check.TryGetProperty("centered", out var centered) && actual.Centered != centered.GetBoolean())
                failures.Add($"{label}: expected centered={centered.GetBoolean()}");
            if (check.TryGetProperty("dual", out var dual) && (actual.Source?.Dual == true) != dual.GetBoolean())
                failures.Add($"{label}: expected dual={dual.GetBoolean()}, got {actual.Source?.Dual}");
            if (check.TryGetProperty("sectionDepth", out var depth) && actual.Source?.Depth != depth.GetInt32())
                failures.Add($"{label}: expected section depth {depth.GetInt32()}, got {actual.Source?.Depth}");
        }

        if (spec.TryGetProperty("titlePage", out var titlePage)) CheckTitlePage(titlePage, doc, failures);
        if (spec.TryGetProperty("titlePageString", out var titlePageString))
            Assert.StartsWith(titlePageString.GetString()!, FountainWriter.Write(doc));

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>Our texts have markup removed and headings trimmed, where the reference keeps both
    /// (its own fixture note: "most parsers trim it"); compare on that footing.</summary>
    private static string Plain(string expected, string type) =>
        type == "Scene Heading" ? expected.Trim() : expected.Replace("*", "").Replace("_", "").Trim();

    private static void CheckTitlePage(JsonElement spec, ScreenplayDocument doc, List<string> failures)
    {
        var page = doc.TitlePage;
        if (spec.TryGetProperty("entries", out var entries) && page.Count != entries.GetInt32())
            failures.Add($"title page: expected {entries.GetInt32()} entries, got {page.Count}: {string.Join(", ", page.Keys)}");
        foreach (var key in new[] { "title", "credit" })
        {
            if (!spec.TryGetProperty(key, out var values)) continue;
            var expected = values.EnumerateArray().Select(v => v.GetString()).ToArray();
            var actual = page.TryGetValue(key, out var v) ? v.Split('\n') : [];
            if (!expected.SequenceEqual(actual)) failures.Add($"title page {key}: expected [{string.Join("|", expected)}], got [{string.Join("|", actual)}]");
        }
        if (spec.TryGetProperty("title_values", out var titleValues) && page["title"].Split('\n').Length != titleValues.GetInt32())
            failures.Add($"title page: expected {titleValues.GetInt32()} title lines, got '{page["title"]}'");
        if (spec.TryGetProperty("notes_count", out var notesCount) && page["notes"].Split('\n').Length != notesCount.GetInt32())
            failures.Add($"title page: expected {notesCount.GetInt32()} notes, got '{page["notes"]}'");
        if (spec.TryGetProperty("notes_first", out var notesFirst) && page["notes"].Split('\n')[0] != notesFirst.GetString())
            failures.Add($"title page: expected first note '{notesFirst.GetString()}', got '{page["notes"]}'");
    }

    [Fact]
    public void The_simple_script_is_written_back_byte_for_byte()
    {
        var path = Path.Combine(SharedFiles.ReferenceFixtures, "FountainTests", "Simple.fountain");
        var original = File.ReadAllText(path);
        Assert.Equal(original, FountainWriter.Write(ScreenplayReader.ReadText(original)));
    }

    [Fact]
    public void The_inline_cases_of_the_reference_script_tests_hold()
    {
        foreach (var case_ in Expected.Value.RootElement.GetProperty("inline_cases_from_FNScriptTests").EnumerateArray())
        {
            var input = case_.GetProperty("input").GetString()!;
            var doc = ScreenplayReader.ReadText(input);
            if (case_.TryGetProperty("expect", out var expect))
            {
                var actual = ReferenceElementList.From(doc)
                    .Select(e => $"{e.Type}{(e.Centered ? " (centered)" : "")}: {e.Text}").ToArray();
                Assert.Equal(expect.EnumerateArray().Select(x => x.GetString()).ToArray(), actual);
            }
            if (case_.TryGetProperty("expect_roundtrip", out var roundTrip) && roundTrip.GetBoolean())
                Assert.Equal(input, FountainWriter.Write(doc));
        }
    }
}
