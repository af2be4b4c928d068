using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace ScriptToMovie.App.Providers.Kling;

/// <summary>
/// Retries with exponential backoff and jitter around one circuit breaker shared by every Kling call of the
/// process. Reads (queries, downloads) retry every transient failure; creates retry only the refusals that
/// prove nothing was created (1302, 1303), because re-posting after a timeout or a 5000/5002 could pay twice —
/// the provider resolves those by querying the task's external id instead.
/// </summary>
public sealed class KlingResilience
{
    private readonly ResiliencePipeline _breaker;
    private readonly ResiliencePipeline _readRetry;
    private readonly ResiliencePipeline _createRetry;

    public KlingResilience(KlingSettings settings, TimeProvider? clock = null)
    {
        clock ??= TimeProvider.System;
        _breaker = new ResiliencePipelineBuilder { TimeProvider = clock }
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                FailureRatio = 0.5,
                MinimumThroughput = Math.Max(2, settings.BreakerMinimumCalls),
                SamplingDuration = Max(settings.BreakerWindow, TimeSpan.FromSeconds(0.5)),
                BreakDuration = Max(settings.BreakerPause, TimeSpan.FromSeconds(0.5)),
                ShouldHandle = new PredicateBuilder()
                    .Handle<KlingApiException>(e => e.IsOutage)
                    .Handle<HttpRequestException>()
                    .Handle<TimeoutRejectedException>(),
            })
            .AddTimeout(settings.RequestTimeout)
            .Build();

        _readRetry = Retry(settings, clock, settings.RetryAttempts, new PredicateBuilder<object>()
            .Handle<KlingApiException>(e => e.IsTransient)
            .Handle<HttpRequestException>()
            .Handle<TimeoutRejectedException>());

        // A full account (1303) frees a slot only when one of its tasks ends, which takes minutes: wait longer.
        _createRetry = Retry(settings, clock, Math.Max(settings.RetryAttempts, 8), new PredicateBuilder<object>()
            .Handle<KlingApiException>(e => e.IsRefusedBeforeCreating));
    }

    public ValueTask<T> ReadAsync<T>(Func<CancellationToken, ValueTask<T>> call, CancellationToken ct) =>
        _readRetry.ExecuteAsync(c1 => _breaker.ExecuteAsync(call, c1), ct);

    public ValueTask<T> CreateAsync<T>(Func<CancellationToken, ValueTask<T>> call, CancellationToken ct) =>
        _createRetry.ExecuteAsync(c1 => _breaker.ExecuteAsync(call, c1), ct);

    private static ResiliencePipeline Retry(KlingSettings settings, TimeProvider clock, int attempts, PredicateBuilder<object> handle) =>
        new ResiliencePipelineBuilder { TimeProvider = clock }
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = Math.Max(3, attempts),
                Delay = settings.RetryDelay,
                MaxDelay = settings.RetryDelay * 60,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = handle,
            })
            .Build();

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
