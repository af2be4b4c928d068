namespace ScriptToMovie.Media.Processes;

public sealed record ProcessResult(int ExitCode, string StandardOutput, string StandardError, TimeSpan RunTime);
