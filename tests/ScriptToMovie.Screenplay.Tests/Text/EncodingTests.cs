using System.Text;

namespace ScriptToMovie.Screenplay.Tests.Text;

public class EncodingTests
{
    private const string Script = "INT. CAFÉ – NIGHT\n\nThéophile sips his crème brûlée.\n\nFÉLIX\nÇa va?\n";

    static EncodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static void AssertSameScript(ScreenplayDocument doc)
    {
        var scene = Assert.Single(doc.Scenes);
        Assert.Equal("INT. CAFÉ – NIGHT", scene.Heading);
        Assert.Equal("CAFÉ", scene.Location);
        Assert.Equal(["FÉLIX"], scene.Characters);
        Assert.Equal("Théophile sips his crème brûlée.", scene.Elements[1].Text);
        Assert.Equal("Ça va?", scene.Elements[3].Text);
        Assert.Equal(6, scene.Elements[3].Line);
    }

    public static TheoryData<string> Encodings() => ["utf-8", "utf-8-bom", "utf-16le-bom", "utf-16be-bom", "utf-16le", "windows-1252"];

    [Theory]
    [MemberData(nameof(Encodings))]
    public void The_same_script_reads_the_same_in_every_supported_encoding(string encoding)
    {
        byte[] bytes = encoding switch
        {
            "utf-8" => Encoding.UTF8.GetBytes(Script),
            "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Script)],
            "utf-16le-bom" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Script)],
            "utf-16be-bom" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Script)],
            "utf-16le" => Encoding.Unicode.GetBytes(Script),
            _ => Encoding.GetEncoding(1252).GetBytes(Script),
        };
        var doc = ScreenplayReader.Read(bytes, "cafe.fountain");
        AssertSameScript(doc);
        Assert.Equal(encoding == "windows-1252", doc.Messages.Any(m => m.Text.Contains("Windows-1252")));
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    [InlineData("\n")]
    public void Every_kind_of_line_end_gives_the_same_lines(string lineEnd) =>
        AssertSameScript(ScreenplayReader.ReadText(Script.Replace("\n", lineEnd)));

    [Fact]
    public void Tabs_and_non_breaking_spaces_count_as_whitespace()
    {
        var doc = ScreenplayReader.ReadText("INT. CAFÉ – NIGHT\u00A0\n\u00A0\nThéophile sips his crème brûlée.\n\n\tFÉLIX\u00A0\n\tÇa va?");
        AssertSameScript(doc);
    }

    [Theory]
    [InlineData(new byte[] { 0x00, 0x01, 0x02, 0x03, 0xFF, 0x00, 0x10, 0x80, 0x00, 0x00 })]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00 })]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00 })]
    public void Binary_data_is_refused_with_a_sentence_for_the_user(byte[] bytes)
    {
        var ex = Assert.Throws<UnreadableScreenplayException>(() => ScreenplayReader.Read(bytes, "script.fountain"));
        Assert.Matches(@"^[A-Z].*\.$", ex.Message);
        Assert.Contains("screenplay", ex.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Random_noise_with_control_characters_is_refused()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        Assert.Throws<UnreadableScreenplayException>(() => ScreenplayReader.Read(bytes));
    }
}
