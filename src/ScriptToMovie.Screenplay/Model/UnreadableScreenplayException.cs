namespace ScriptToMovie.Screenplay;

/// <summary>Raised only for input that holds no readable screenplay text: binary data, a scanned PDF
/// without a text layer, a damaged FDX file. The message is a sentence meant for the user.</summary>
public sealed class UnreadableScreenplayException : Exception
{
    public UnreadableScreenplayException(string message) : base(message) { }
    public UnreadableScreenplayException(string message, Exception inner) : base(message, inner) { }
}
