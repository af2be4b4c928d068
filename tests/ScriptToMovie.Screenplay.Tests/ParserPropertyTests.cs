using System.Text.RegularExpressions;
using CsCheck;
using ScriptToMovie.Screenplay.Tests.Support;

namespace ScriptToMovie.Screenplay.Tests;

/// <summary>Random and mutated scripts: the reader never throws, always finishes, and every non-blank source
/// line ends up in exactly one place (an element, the title page, or a boneyard).</summary>
public class ParserPropertyTests
{
    private static readonly string[] Fragments =
    [
        "INT. HOUSE - DAY", "EXT. ROOF #1A#", "int. kitchen, evening", ".FORCED", "..not forced", "BOB", "BOB ^", "MARY (V.O.)",
        "@mcDuck", "23 (O.S.)", "(beat)", "(looking at the", "card)", "Hello there.", "ME TOO!", "", "", "", "  ", " ", "\t",
        "CUT TO:", "CUT TO:  ", "FADE OUT.", "> THE END <", "> FADE IN:", ">", "<", "[[a note", "]]", "[[note]]", "/*", "*/",
        "/* inline */ text", "# Act", "## Seq", "= synopsis", "===", "=", "#", "~la la", "~", "!FORCED ACTION", "!", "@",
        "Title: Test", "Author: Me", "Draft date: 1/2/2020", "\tindented value", "   spaced value", "Key:",
        "                      PETER", "          Indented dialogue that wraps", "               (indented paren)",
        "                                                   FADE OUT:", "                       THE END",
        "*bold* and _under_ and \\* and **\\*x\\***", "a *b", "_", "***", "^", "(", ")", "()", "\u00A0", "Théophile ça",
    ];

    private static readonly Gen<string> Line = Gen.Frequency(
        (8, Gen.OneOf(Fragments)),
        (3, Gen.Char[" \t*_[]/#=!@~.><^()aAzZ:\u00A0é1"].Array[0, 14].Select(a => new string(a))),
        (1, Gen.String));

    private static readonly Gen<string> LineEnd = Gen.OneOf("\n", "\n", "\n", "\r\n", "\r");

    private static readonly Gen<string> Document =
        Gen.Select(Line, LineEnd).Array[0, 80].Select(parts => string.Concat(parts.Select(p => p.Item1 + p.Item2)));

    [Fact]
    public void Random_scripts_never_throw_and_every_non_blank_line_is_accounted_for_exactly_once() =>
        WithinSeconds(60, () => Document.Sample(text => AssertAccounted(text, ScreenplayReader.ReadText(text)), iter: 2000));

    private static readonly Gen<string> TypewriterLine = Gen.Frequency(
        (4, Gen.OneOf("                      PETER", "                      REGGIE (V.O.)", "                    MAN ^", "          It's hers.",
            "          Where'd you find him,", "               (smiling)", "               (looking at the", "               card)",
            "", "", "", "   ", "EXT. MEGEVE -- DAY", "CLOSE SHOT -- BODY", "A hotel perched on the mountain-", "side.",
            "                                                   FADE OUT:", "                       THE END", "FADE IN:", "Title: X",
            "Author: Y", "                    Based on a story by", "> FADE IN", "[[note]]", "# act", "= syn", "===", "@bob", ".FORCED",
            "          ~lyric", "!forced", "INT. A #1#", "/*", "*/", "CUT TO:")),
        (1, Line));

    private static readonly Gen<string> TypewriterDocument =
        Gen.Select(TypewriterLine, LineEnd).Array[10, 120].Select(parts => string.Concat(parts.Select(p => p.Item1 + p.Item2)));

    [Fact]
    public void Random_typewriter_layout_scripts_are_read_as_loose_text_and_every_line_is_accounted_for()
    {
        int loose = 0;
        WithinSeconds(60, () => TypewriterDocument.Sample(text =>
        {
            var doc = ScreenplayReader.ReadText(text);
            if (doc.Format == ScreenplayFormats.Loose) Interlocked.Increment(ref loose);
            AssertAccounted(text, doc);
        }, iter: 1000));
        Assert.True(loose > 70, $"only {loose} of the generated scripts were read as loose text");
    }

    [Fact]
    public void Mutated_real_scripts_never_throw_and_every_non_blank_line_is_accounted_for_exactly_once()
    {
        var sources = new[]
        {
            File.ReadAllText(SharedFiles.Screenplay("Brick-and-Steel.fountain")),
            File.ReadAllText(Path.Combine(SharedFiles.ReferenceFixtures, "FountainTests", "Simple.fountain")),
            File.ReadAllText(Path.Combine(SharedFiles.ReferenceFixtures, "FountainTests", "Dialogue.fountain")),
            string.Join('\n', File.ReadLines(SharedFiles.Screenplay("Charade-1963-loose.fountain")).Take(400)),
        };
        var mutation = Gen.Select(Gen.Int[0, sources.Length - 1], Gen.Select(Gen.Int[0, 4], Gen.Int[0, 100_000], Line).Array[1, 12]);
        WithinSeconds(60, () => mutation.Sample(m =>
        {
            var lines = Regex.Split(sources[m.Item1], "\r\n|\r|\n").ToList();
            foreach (var (op, at, fragment) in m.Item2) Mutate(lines, op, at, fragment);
            var text = string.Join('\n', lines);
            AssertAccounted(text, ScreenplayReader.ReadText(text));
        }, iter: 200));
    }

    private static void Mutate(List<string> lines, int op, int at, string fragment)
    {
        if (lines.Count == 0) { lines.Add(fragment); return; }
        int i = at % lines.Count;
        switch (op)
        {
            case 0: lines.RemoveAt(i); break;
            case 1: lines.Insert(i, fragment); break;
            case 2: lines.Insert(i, lines[i]); break;
            case 3: lines[i] = lines[i].Length == 0 ? fragment : lines[i][..(at % lines[i].Length)] + fragment + lines[i][(at % lines[i].Length)..]; break;
            default: lines.RemoveRange(i, Math.Min(lines.Count - i, 1 + at % 5)); break;
        }
    }

    [Fact]
    public void Writing_any_read_script_as_fountain_and_reading_it_again_gives_the_same_elements() =>
        WithinSeconds(60, () => Document.Sample(text =>
        {
            var first = ScreenplayReader.ReadText(text);
            var written = FountainWriter.Write(first);
            var second = ScreenplayReader.ReadText(written);
            var a = first.AllElements.Select(e => (e.Type, e.Text, e.Character, e.Dual)).ToList();
            var b = second.AllElements.Select(e => (e.Type, e.Text, e.Character, e.Dual)).ToList();
            int diff = Enumerable.Range(0, Math.Min(a.Count, b.Count)).FirstOrDefault(i => a[i] != b[i], Math.Min(a.Count, b.Count));
            Assert.True(a.SequenceEqual(b), $"{Show(text)} WRITTEN AS {Show(written)} FIRST DIFFERENCE at {diff}: "
                + $"{Show(diff < a.Count ? a[diff].ToString() : "(none)")} became {Show(diff < b.Count ? b[diff].ToString() : "(none)")}");
            Assert.Equal(first.TitlePage, second.TitlePage);
        }, iter: 1500));

    [Fact]
    public void Arbitrary_bytes_either_read_or_are_refused_with_the_one_exception_type() =>
        WithinSeconds(60, () => Gen.Byte.Array[0, 400].Sample(bytes =>
        {
            try { ScreenplayReader.Read(bytes, "upload.fountain"); }
            catch (UnreadableScreenplayException) { }
        }, iter: 2000));

    internal static void AssertAccounted(string text, ScreenplayDocument doc)
    {
        var lines = Regex.Split(text.StartsWith('\uFEFF') ? text[1..] : text, "\r\n|\r|\n");
        var uses = new int[lines.Length + 2];
        var inBoneyard = new bool[lines.Length + 2];
        foreach (var e in doc.AllElements)
        {
            Assert.True(e.Line >= 1 && e.LastLine >= e.Line && e.LastLine <= lines.Length, $"element {e} is outside the text");
            for (int l = e.Line; l <= e.LastLine; l++) uses[l]++;
        }
        foreach (var r in doc.TitlePageLines)
            for (int l = r.Line; l <= r.EndLine; l++) uses[l]++;
        foreach (var b in doc.Boneyards)
            for (int l = b.Line; l <= b.EndLine; l++) inBoneyard[l] = true;

        for (int l = 1; l <= lines.Length; l++)
        {
            Assert.True(uses[l] <= 1, $"line {l} '{lines[l - 1]}' is used {uses[l]} times in {Show(text)}");
            if (string.IsNullOrWhiteSpace(lines[l - 1])) continue;
            Assert.True(uses[l] == 1 || inBoneyard[l], $"line {l} '{lines[l - 1]}' is in no element, title page or boneyard in {Show(text)}");
        }
    }

    private static string Show(string text) =>
        System.Text.Json.JsonSerializer.Serialize(text.Length > 3000 ? text[..3000] : text);

    private static void WithinSeconds(int seconds, Action action)
    {
        var run = Task.Run(action);
        Assert.True(run.Wait(TestTime.Seconds(seconds)), "the reader did not finish in time");
        run.GetAwaiter().GetResult();
    }
}
