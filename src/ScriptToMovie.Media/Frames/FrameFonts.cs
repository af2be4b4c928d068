using SkiaSharp;

namespace ScriptToMovie.Media.Frames;

/// <summary>
/// DejaVu Sans loaded from its file, the same on every machine with fonts-dejavu-core, so text
/// renders identically wherever the frames are made. Falls back to Skia's default face.
/// </summary>
internal static class FrameFonts
{
    private const string Folder = "/usr/share/fonts/truetype/dejavu";

    private static readonly Lazy<SKTypeface> RegularFace = new(() => Load("DejaVuSans.ttf"));
    private static readonly Lazy<SKTypeface> BoldFace = new(() => Load("DejaVuSans-Bold.ttf"));
    private static readonly Lazy<SKTypeface> ItalicFace = new(() => Load("DejaVuSans-Oblique.ttf"));
    private static readonly Lazy<SKTypeface> SerifBoldFace = new(() => Load("DejaVuSerif-Bold.ttf", "DejaVuSans-Bold.ttf"));

    public static SKTypeface Regular => RegularFace.Value;
    public static SKTypeface Bold => BoldFace.Value;
    public static SKTypeface Italic => ItalicFace.Value;
    public static SKTypeface SerifBold => SerifBoldFace.Value;

    public static SKFont Font(SKTypeface face, float size) =>
        new(face, size) { Subpixel = true, Edging = SKFontEdging.Antialias };

    /// <summary>The text cut with an ellipsis so it fits <paramref name="maxWidth"/>.</summary>
    public static string Fit(string text, SKFont font, float maxWidth)
    {
        if (font.MeasureText(text) <= maxWidth) return text;
        var low = 0;
        var high = text.Length;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (font.MeasureText(text[..mid].TrimEnd() + "…") <= maxWidth) low = mid;
            else high = mid - 1;
        }
        return low == 0 ? "…" : text[..low].TrimEnd() + "…";
    }

    private static SKTypeface Load(params string[] names)
    {
        foreach (var name in names)
        {
            var path = Path.Combine(Folder, name);
            if (File.Exists(path) && SKTypeface.FromFile(path) is { } face) return face;
        }
        return SKTypeface.Default;
    }
}
