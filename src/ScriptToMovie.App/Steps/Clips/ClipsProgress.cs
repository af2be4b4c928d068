using System.Collections.Concurrent;
using ScriptToMovie.App.Pipeline;

namespace ScriptToMovie.App.Steps.Clips;

/// <summary>
/// The clips step's progress: finished clips plus the share ffmpeg has made of each clip in hand, so the bar
/// moves inside a long clip instead of waiting for it to end. Each clip weighs the same; every figure only
/// grows (a retried clip's share is not taken back).
/// </summary>
public sealed class ClipsProgress
{
    private readonly int _total;
    private readonly ConcurrentDictionary<int, double> _inHand = new();
    private readonly StepProgressFeed _feed;
    private int _done;

    /// <param name="every">At most one in-clip report per this long (a second by default): each is a database write.</param>
    public ClipsProgress(StepContext context, int total, int done, TimeSpan? every = null)
    {
        _total = Math.Max(1, total);
        _done = done;
        _feed = new StepProgressFeed(context, 0, 100, _ => Describe(), every);
    }

    public Task StartAsync(string message) => _feed.ReportNowAsync(Percent(), message);

    /// <summary>The progress of one scene's clip; report 0..1.</summary>
    public IProgress<double> For(int sceneNumber)
    {
        _inHand[sceneNumber] = 0;
        return new Share(this, sceneNumber);
    }

    public Task FinishedAsync(int sceneNumber)
    {
        _inHand.TryRemove(sceneNumber, out _);
        var finished = Interlocked.Increment(ref _done);
        return _feed.ReportNowAsync(Percent(), $"Clip {finished} of {_total} done (scene {sceneNumber})");
    }

    public Task FlushAsync() => _feed.FlushAsync();

    /// <summary>The whole step as 0..1: what the feed turns into a percentage.</summary>
    private double Fraction() => Math.Min(1, (Volatile.Read(ref _done) + _inHand.Values.Sum()) / _total);

    private int Percent() => (int)Math.Floor(Fraction() * 100);

    private string Describe()
    {
        var making = _inHand.OrderBy(kv => kv.Key).Select(kv => $"scene {kv.Key} {kv.Value * 100:0} %").ToList();
        var done = Volatile.Read(ref _done);
        return making.Count == 0
            ? $"Clip {done} of {_total} done"
            : $"Making the clip for {string.Join(", ", making)} · {done} of {_total} done";
    }

    private sealed class Share(ClipsProgress whole, int sceneNumber) : IProgress<double>
    {
        public void Report(double value)
        {
            whole._inHand.AddOrUpdate(sceneNumber, value, (_, was) => Math.Max(was, value));
            whole._feed.Report(whole.Fraction());
        }
    }
}
