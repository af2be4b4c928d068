
namespace ScriptToMovie.App.Health;

/// <summary>
/// /readyz: every <see cref="IReadinessCheck"/>, at once, each within a few seconds. 200 with each check's result, or
/// 503 whose message is the first failing check's sentence (the others are in "checks").
/// </summary>
public static class ReadinessEndpoint
{
    private static readonly TimeSpan PerCheck = TimeSpan.FromSeconds(10);

    public sealed record Readiness(string Status, IReadOnlyDictionary<string, string> Checks);

    public static void MapReadiness(this IEndpointRouteBuilder app)
    {
        app.MapGet("/readyz", async (IEnumerable<IReadinessCheck> checks, CancellationToken ct) =>
        {
            var results = await Task.WhenAll(checks.Select(c => RunAsync(c, ct)));
            var byName = results.ToDictionary(r => r.Name, r => r.Problem ?? "ok");
            var failing = results.FirstOrDefault(r => r.Problem is not null);
            if (failing.Problem is null) return Results.Ok(new Readiness("ready", byName));
            return Results.Problem(new Microsoft.AspNetCore.Mvc.ProblemDetails
            {
                Status = 503, Title = "Not ready", Detail = failing.Problem,
                Extensions = { ["message"] = failing.Problem, ["checks"] = byName },
            });
        }).WithTags("Health").Produces<Readiness>(200).ProducesProblem(503);
    }

    private static async Task<(string Name, string? Problem)> RunAsync(IReadinessCheck check, CancellationToken ct)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(PerCheck);
        try
        {
            return (check.Name, await check.ProblemAsync(deadline.Token));
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return (check.Name, $"The {check.Name} check did not answer within {PerCheck.TotalSeconds:0} seconds.");
        }
        catch (Exception e)
        {
            return (check.Name, $"The {check.Name} check failed: {e.Message}");
        }
    }
}
