using System.Text;

namespace ScriptToMovie.App.Projects;

/// <summary>Decodes an uploaded text screenplay: BOM-marked encodings, strict UTF-8, else Windows-1252.</summary>
public static class ScriptText
{
    static ScriptText() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), new UTF8Encoding(false, true), detectEncodingFromByteOrderMarks: true);
        try { return reader.ReadToEnd(); }
        catch (DecoderFallbackException) { return Encoding.GetEncoding(1252).GetString(bytes); }
    }
}
