using PdfSharp.Fonts;

namespace ScriptToMovie.App.Steps.Export;

/// <summary>
/// PDFsharp on Linux has no system font lookup, so every face comes from Debian's fonts-dejavu-core files
/// (installed by scripts/install-deps.sh), which also cover accented and Cyrillic names. Registered once per
/// process: PDFsharp refuses a resolver change after its first font.
/// </summary>
public sealed class PdfFonts : IFontResolver
{
    public const string Family = "DejaVu Sans";
    private const string Regular = "DejaVuSans", Bold = "DejaVuSans-Bold";
    private static readonly string[] Folders = ["/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu", "/usr/local/share/fonts"];
    private static readonly Lazy<bool> Registered = new(() =>
    {
        GlobalFontSettings.FontResolver ??= new PdfFonts();
        return true;
    });

    public static void EnsureRegistered() => _ = Registered.Value;

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        // Italic is simulated: fonts-dejavu-core ships no sans oblique on every release.
        new(bold ? Bold : Regular, false, italic);

    public byte[]? GetFont(string faceName)
    {
        foreach (var folder in Folders)
        {
            var path = Path.Combine(folder, faceName + ".ttf");
            if (File.Exists(path)) return File.ReadAllBytes(path);
        }
        throw new FileNotFoundException(
            $"The storyboard PDF needs the font {faceName}.ttf (Debian package fonts-dejavu-core); it is in none of {string.Join(", ", Folders)}.");
    }
}
