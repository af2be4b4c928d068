using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ScriptToMovie.App.Data;
using ScriptToMovie.App.Providers;
using ScriptToMovie.App.Steps.Clips;

namespace ScriptToMovie.App.Tests.Steps.Clips;

public class ClipConcurrencyTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task No_more_than_VIDEO_CONCURRENCY_scenes_are_generated_at_once(int concurrency)
    {
        var meter = new ConcurrencyMeter(concurrency);
        await using var h = await StepHarness.CreateAsync(
            new Dictionary<string, string?> { ["VIDEO_PROVIDER"] = "metered", ["VIDEO_CONCURRENCY"] = concurrency.ToString() },
            extra: services =>
            {
                services.AddSingleton(meter);
                services.AddKeyedScoped<IVideoProvider, MeteredProvider>("metered");
            });

        await h.RunAsync<ClipsStep>();

        Assert.Equal(concurrency, meter.Peak);
        Assert.Equal(3, await h.Db.GeneratedVideos.CountAsync(v => v.Status == "completed" && v.Provider == "metered"));
    }

    /// <summary>
    /// Holds each scene until <c>limit</c> scenes have been running at once (or a scaled deadline passes), so
    /// overlapping scenes really overlap however slow the machine, and a step that ran one at a time would show a
    /// peak of one. A fixed sleep could end before a loaded machine had started the second scene.
    /// </summary>
    private sealed class ConcurrencyMeter(int limit)
    {
        private readonly TaskCompletionSource _limitReached = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _running;
        public int Peak { get; private set; }

        public async Task MeasureAsync(Func<Task> work)
        {
            var now = Interlocked.Increment(ref _running);
            lock (this) Peak = Math.Max(Peak, now);
            if (now >= limit) _limitReached.TrySetResult();
            try
            {
                try { await _limitReached.Task.WaitAsync(TestTime.Seconds(10)); }
                catch (TimeoutException) { } // the peak stays below the limit and the test says so
                await work();
            }
            finally { Interlocked.Decrement(ref _running); }
        }
    }

    /// <summary>The mock clip, counted while it is being made.</summary>
    private sealed class MeteredProvider(ConcurrencyMeter meter, [FromKeyedServices("mock")] IVideoProvider mock) : IVideoProvider
    {
        public string Name => "metered";

        public Task GenerateAsync(ClipRequest request, GeneratedVideo row, CancellationToken ct) =>
            meter.MeasureAsync(() => mock.GenerateAsync(request, row, ct));
    }
}
