using System.Diagnostics;
using ScriptToMovie.Media.Processes;

namespace ScriptToMovie.Media.Tests.Processes;

public sealed class ProcessRunnerTests : IDisposable
{
    private readonly TestFolder _folder = new();
    private readonly ProcessRunner _runner = SampleMedia.Runner;

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_failed_encode_tells_the_user_a_sentence_and_keeps_the_details_for_the_log()
    {
        var missing = _folder.File("no-such-frame.png");

        var error = await Assert.ThrowsAsync<MediaProcessException>(() =>
            _runner.RunFFmpegAsync(["-i", missing, _folder.File("out.mp4")], "making the clip for scene 3"));

        Assert.Equal("Video encoding failed while making the clip for scene 3.", error.UserMessage);
        Assert.NotEqual(0, error.ExitCode);
        Assert.Contains(missing, error.Arguments);
        Assert.Contains("No such file or directory", error.StderrTail);
        Assert.DoesNotContain("No such file", error.UserMessage);
        Assert.True(error.StderrTail.Split('\n').Length <= 20);
    }

    [Fact]
    public async Task A_tool_that_is_not_installed_fails_with_a_sentence_naming_it()
    {
        var runner = new ProcessRunner(MediaTools.Default with { FFmpeg = "/nonexistent/ffmpeg" });

        var error = await Assert.ThrowsAsync<MediaProcessException>(() =>
            runner.RunFFmpegAsync(["-version"], "making the clip for scene 1"));

        Assert.Equal("Video encoding failed while making the clip for scene 1: ffmpeg could not be started.", error.UserMessage);
    }

    [Fact]
    public async Task Progress_rises_to_one_as_ffmpeg_works_through_the_expected_duration()
    {
        var progress = new SampleMedia.RecordingProgress();

        await _runner.RunFFmpegAsync(
            ["-f", "lavfi", "-i", "testsrc2=s=160x90:r=24:d=3", "-c:v", "libx264", "-preset", "ultrafast", _folder.File("p.mp4")],
            "making a test clip", TimeSpan.FromSeconds(3), progress);

        var values = progress.Values;
        Assert.NotEmpty(values);
        Assert.Equal(1.0, values[^1]);
        Assert.All(values, v => Assert.InRange(v, 0, 1));
        Assert.Equal(values.OrderBy(v => v), values);
    }

    [Fact]
    public async Task Cancelling_a_long_encode_stops_it_and_ffmpeg_still_finishes_a_playable_file()
    {
        var output = _folder.File("long.mp4");
        using var cancel = new CancellationTokenSource();
        // Cancelled once ffmpeg has encoded about a second, however long a busy machine takes to get there.
        var progress = new FirstReport(atLeast: 1.0 / 120);

        // -re paces the encode at real time, so this would take two minutes if it were not stopped.
        var encode = _runner.RunFFmpegAsync(
            ["-re", "-f", "lavfi", "-i", "testsrc2=s=160x90:r=24:d=120", "-c:v", "libx264", "-preset", "ultrafast", output],
            "making a long clip", TimeSpan.FromSeconds(120), progress, cancel.Token);
        await progress.Reached.WaitAsync(TestTime.Seconds(30));
        var clock = Stopwatch.StartNew();
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => encode);

        // It stopped politely, within the runner's grace period, instead of encoding the remaining two minutes.
        Assert.True(clock.Elapsed < TestTime.Seconds(3), $"stopping took {clock.Elapsed}");
        var info = await new Probe(_runner).ReadAsync(output);
        Assert.InRange(info.Duration.TotalSeconds, 0.5, 1 + TestTime.Seconds(4).TotalSeconds);
    }

    [Fact]
    public async Task A_tool_that_ignores_the_polite_stop_is_killed_after_the_grace_period()
    {
        var runner = new ProcessRunner(MediaTools.Default, gracePeriod: TimeSpan.FromMilliseconds(500));
        using var cancel = new CancellationTokenSource();
        var ignoring = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var run = runner.RunAsync("sh", ["-c", "trap '' INT; echo ignoring; sleep 30"], "Waiting failed.", cancel.Token,
            onOutputLine: line => { if (line == "ignoring") ignoring.TrySetResult(); });
        // Cancelled only once the shell ignores SIGINT, else a slow start would let the polite stop work.
        await ignoring.Task.WaitAsync(TestTime.Seconds(10));
        var clock = Stopwatch.StartNew();
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);

        Assert.InRange(clock.Elapsed.TotalSeconds, 0.45, 0.5 + TestTime.Seconds(4).TotalSeconds);
    }

    /// <summary>Completes <see cref="Reached"/> at the first progress report of at least the given share.</summary>
    private sealed class FirstReport(double atLeast) : IProgress<double>
    {
        private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public Task Reached => _reached.Task;

        public void Report(double value)
        {
            if (value >= atLeast) _reached.TrySetResult();
        }
    }

    [Fact]
    public void Tool_paths_come_from_the_environment_with_ffprobe_beside_a_configured_ffmpeg()
    {
        var variables = new Dictionary<string, string> { ["FFMPEG_PATH"] = "/opt/ff/bin/ffmpeg", ["FLITE_PATH"] = "/opt/flite" };

        var tools = MediaTools.FromEnvironment(name => variables.GetValueOrDefault(name));

        Assert.Equal(new MediaTools("/opt/ff/bin/ffmpeg", "/opt/ff/bin/ffprobe", "espeak-ng", "/opt/flite"), tools);
        Assert.Equal(new MediaTools(), MediaTools.FromEnvironment(_ => null));
    }
}
