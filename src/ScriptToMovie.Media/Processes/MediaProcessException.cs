namespace ScriptToMovie.Media.Processes;

/// <summary>
/// A media tool exited with an error. <see cref="UserMessage"/> is the sentence to show a user;
/// the exit code, arguments and stderr tail are for logs and bug reports.
/// </summary>
public sealed class MediaProcessException : Exception
{
    public MediaProcessException(
        string tool, int exitCode, IReadOnlyList<string> arguments, string stderrTail, string userMessage)
        : base($"{userMessage} ({Path.GetFileName(tool)} exited with code {exitCode}){Environment.NewLine}{stderrTail}")
    {
        Tool = tool;
        ExitCode = exitCode;
        Arguments = arguments;
        StderrTail = stderrTail;
        UserMessage = userMessage;
    }

    public string Tool { get; }
    public int ExitCode { get; }
    public IReadOnlyList<string> Arguments { get; }

    /// <summary>The last lines the tool wrote to stderr, where the real reason usually is.</summary>
    public string StderrTail { get; }

    /// <summary>One plain sentence, e.g. "Video encoding failed while making the clip for scene 3."</summary>
    public string UserMessage { get; }
}
