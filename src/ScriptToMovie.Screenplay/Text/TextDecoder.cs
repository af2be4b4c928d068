using System.Text;

namespace ScriptToMovie.Screenplay;

/// <summary>Finds the text in a file's bytes: UTF-8 with or without BOM, UTF-16 (BOM or a NUL pattern),
/// and Windows-1252 for anything that is not valid UTF-8. Refuses binary data.</summary>
internal static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(byte[] bytes, List<ParseMessage> messages)
    {
        RefuseKnownBinary(bytes);
        string text;
        if (bytes.AsSpan().StartsWith("\xEF\xBB\xBF"u8))
            text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        else if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
            text = Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        else if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
            text = Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        else if (Utf16WithoutBom(bytes) is { } utf16)
            text = utf16.GetString(bytes);
        else
        {
            try
            {
                text = StrictUtf8.GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                text = Encoding.GetEncoding(1252).GetString(bytes);
                messages.Add(new ParseMessage("The file is not valid UTF-8, so it was read as Windows-1252 (Western European) text.", null));
            }
        }
        if (LooksBinary(text))
            throw new UnreadableScreenplayException("This file does not contain readable text. Upload a screenplay as .fountain, .txt, .fdx or .pdf.");
        return text;
    }

    private static void RefuseKnownBinary(ReadOnlySpan<byte> b)
    {
        if (b.StartsWith("PK\x03\x04"u8))
            throw new UnreadableScreenplayException("This file is a compressed archive (such as a Word .docx or a zip file), not a screenplay. Save the script as .fountain, .fdx, .pdf or plain text and upload that.");
        if (b.StartsWith("\x89PNG"u8) || b.StartsWith("\xFF\xD8\xFF"u8) || b.StartsWith("GIF8"u8))
            throw new UnreadableScreenplayException("This file is an image, not a screenplay. Upload the script as .fountain, .fdx, .pdf or plain text.");
        if (b.StartsWith("\xD0\xCF\x11\xE0"u8))
            throw new UnreadableScreenplayException("This file is an old Microsoft Office document, not a screenplay. Save the script as .fountain, .fdx, .pdf or plain text and upload that.");
    }

    /// <summary>ASCII-heavy UTF-16 without a BOM has a NUL in every other byte.</summary>
    private static Encoding? Utf16WithoutBom(byte[] bytes)
    {
        int n = Math.Min(bytes.Length, 4096) & ~1;
        if (n < 4) return null;
        int evenZeros = 0, oddZeros = 0;
        for (int i = 0; i < n; i += 2)
        {
            if (bytes[i] == 0) evenZeros++;
            if (bytes[i + 1] == 0) oddZeros++;
        }
        int pairs = n / 2;
        if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return Encoding.Unicode;
        if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return Encoding.BigEndianUnicode;
        return null;
    }

    private static bool LooksBinary(string text)
    {
        int n = Math.Min(text.Length, 65536);
        if (n == 0) return false;
        var head = text.AsSpan(0, n);
        // Vectorised first look: text without any control character other than tab and line ends is text.
        if (head.IndexOfAnyInRange('\0', '\x08') < 0 && head.IndexOfAnyInRange('\x0E', '\x1F') < 0 && head.IndexOf('\uFFFD') < 0)
            return false;
        int control = 0;
        for (int i = 0; i < n; i++)
        {
            char c = text[i];
            if (c == '\0') return true;
            if (c < ' ' && c is not ('\t' or '\n' or '\r' or '\f' or '\v' or '\x1A')) control++;
            else if (c == '\uFFFD') control++;
        }
        return control > n / 50 + 1;
    }
}
