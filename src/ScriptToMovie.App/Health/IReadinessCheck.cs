namespace ScriptToMovie.App.Health;

/// <summary>One thing /readyz checks before a load balancer sends this instance traffic.</summary>
public interface IReadinessCheck
{
    /// <summary>The check's name in /readyz's JSON ("database", "storage", …).</summary>
    string Name { get; }

    /// <summary>Null when ready; otherwise a sentence saying what is wrong and what to do.</summary>
    Task<string?> ProblemAsync(CancellationToken ct);
}
