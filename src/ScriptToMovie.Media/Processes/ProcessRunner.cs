using System.ComponentModel;
using System.Text;
using CliWrap;

namespace ScriptToMovie.Media.Processes;

/// <summary>
/// The only code in the product that starts processes. Arguments are always lists, so nothing is ever
/// parsed by a shell; cancellation first asks the tool to stop (SIGINT, which lets ffmpeg finish the file)
/// and kills it only when the grace period runs out. Every tool dies with this process (<see cref="ParentDeath"/>),
/// and its temporary files live in <see cref="Work"/>.
/// </summary>
public sealed class ProcessRunner(MediaTools? tools = null, TimeSpan? gracePeriod = null, WorkFolder? work = null)
{
    private const int StderrTailLines = 20;
    private const int MaxCapturedChars = 1 << 20;

    /// <summary>Prepended to every ffmpeg run: no prompts, overwrite outputs, machine-readable progress on stdout.</summary>
    public static IReadOnlyList<string> FFmpegGlobalArguments { get; } =
        ["-hide_banner", "-nostdin", "-y", "-nostats", "-progress", "pipe:1"];

    public MediaTools Tools { get; } = tools ?? MediaTools.FromEnvironment();

    /// <summary>Where the media jobs run by this runner keep their temporary files.</summary>
    public WorkFolder Work { get; } = work ?? WorkFolder.SystemTemp;

    /// <summary>How long a tool gets to stop by itself after cancellation before it is killed.</summary>
    public TimeSpan GracePeriod { get; } = gracePeriod ?? TimeSpan.FromSeconds(5);

    /// <summary>
    /// Runs ffmpeg with <paramref name="arguments"/> after <see cref="FFmpegGlobalArguments"/>, reporting 0..1
    /// from its output position against <paramref name="expectedDuration"/>.
    /// </summary>
    /// <param name="purpose">Completes "Video encoding failed while …", e.g. "making the clip for scene 3".</param>
    /// <param name="activity">What failed, for jobs that are not video: "Mixing the voices", "Measuring the sound".</param>
    public Task<ProcessResult> RunFFmpegAsync(
        IReadOnlyList<string> arguments,
        string purpose,
        TimeSpan expectedDuration = default,
        IProgress<double>? progress = null,
        CancellationToken cancellationToken = default,
        string activity = "Video encoding")
    {
        var tracker = new FFmpegProgress(expectedDuration, progress);
        return RunAsync(
            Tools.FFmpeg,
            [.. FFmpegGlobalArguments, .. arguments],
            $"{activity} failed while {purpose}.",
            cancellationToken,
            onOutputLine: tracker.OnLine);
    }

    /// <summary>Runs ffprobe; <paramref name="purpose"/> completes "Reading a media file failed while …".</summary>
    public Task<ProcessResult> RunFFprobeAsync(
        IReadOnlyList<string> arguments, string purpose, CancellationToken cancellationToken = default) =>
        RunAsync(Tools.FFprobe, arguments, $"Reading a media file failed while {purpose}.", cancellationToken);

    /// <summary>Runs any tool. A non-zero exit becomes a <see cref="MediaProcessException"/> carrying <paramref name="failureMessage"/>.</summary>
    public async Task<ProcessResult> RunAsync(
        string executable,
        IReadOnlyList<string> arguments,
        string failureMessage,
        CancellationToken cancellationToken = default,
        string? standardInput = null,
        Action<string>? onOutputLine = null)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var stdout = new BoundedText(MaxCapturedChars);
        var stderr = new BoundedText(MaxCapturedChars);
        var tail = new LineTail(StderrTailLines);

        var (started, startArguments) = ParentDeath.Wrap(executable, arguments);
        var command = Cli.Wrap(started)
            .WithArguments(startArguments)
            .WithValidation(CommandResultValidation.None)
            .WithStandardOutputPipe(PipeTarget.ToDelegate(line =>
            {
                stdout.AppendLine(line);
                onOutputLine?.Invoke(line);
            }))
            .WithStandardErrorPipe(PipeTarget.ToDelegate(line =>
            {
                stderr.AppendLine(line);
                tail.Add(line);
            }));
        if (standardInput is not null)
            command = command.WithStandardInputPipe(PipeSource.FromString(standardInput, new UTF8Encoding(false)));

        using var forceful = new CancellationTokenSource();
        using var escalate = cancellationToken.Register(() => forceful.CancelAfter(GracePeriod));

        CommandResult result;
        try
        {
            result = await await ParentDeath.StartAsync(() => command.ExecuteAsync(forceful.Token, cancellationToken).Task);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException(
                $"{Path.GetFileName(executable)} was cancelled.", null, cancellationToken);
        }
        catch (Exception ex) when (ex is Win32Exception || ex.InnerException is Win32Exception)
        {
            throw new MediaProcessException(
                executable, -1, arguments, ex.Message,
                $"{failureMessage.TrimEnd('.')}: {Path.GetFileName(executable)} could not be started.");
        }

        if (result.ExitCode != 0)
            throw new MediaProcessException(executable, result.ExitCode, arguments, tail.ToString(), failureMessage);

        return new ProcessResult(result.ExitCode, stdout.ToString(), stderr.ToString(), result.RunTime);
    }

    private sealed class BoundedText(int limit)
    {
        private readonly StringBuilder _text = new();
        private readonly object _gate = new();

        public void AppendLine(string line)
        {
            lock (_gate)
            {
                if (_text.Length + line.Length < limit) _text.Append(line).Append('\n');
            }
        }

        public override string ToString()
        {
            lock (_gate) return _text.ToString();
        }
    }
}
