using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ScriptToMovie.App.Data;
using ScriptToMovie.App.Hosting;
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
        var meter = new ConcurrencyMeter();
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

    private sealed class ConcurrencyMeter
    {
        private int _running;
        public int Peak { get; private set; }

        public async Task MeasureAsync(Func<Task> work)
        {
            var now = Interlocked.Increment(ref _running);
            lock (this) Peak = Math.Max(Peak, now);
            try
            {
                // Long enough that overlapping scenes really overlap.
                await Task.Delay(300);
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
