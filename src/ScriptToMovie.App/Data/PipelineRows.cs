namespace ScriptToMovie.App.Data;

/// <summary>One request to run some steps of the pipeline for a project.</summary>
public class PipelineRun
{
    public int Id { get; set; }
    public string RunId { get; set; } = "";
    public int ProjectId { get; set; }
    /// <summary>queued, running, completed, completed_with_errors, failed, cancelled</summary>
    public string Status { get; set; } = "queued";
    /// <summary>Comma-separated step names this run covers, in pipeline order.</summary>
    public string Steps { get; set; } = "";
    public string? CurrentStep { get; set; }
    public string? Message { get; set; }
    public double? MaxCostUsd { get; set; }
    public bool CancelRequested { get; set; }
    /// <summary>Comma-separated scene ids a retry covers; empty = every scene.</summary>
    public string? SceneIds { get; set; }
    /// <summary>True when the user asked for this run as a retry.</summary>
    public bool IsUserRetry { get; set; }
    /// <summary>Comma-separated steps this run has finished, so a resumed run starts after them.</summary>
    public string CompletedSteps { get; set; } = "";
    public DateTime? LastEnqueuedAt { get; set; }
    public string? LeaseOwner { get; set; }
    public DateTime? LeaseExpiresAt { get; set; }
    public DateTime StartedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? FinishedAt { get; set; }
}

/// <summary>The latest state of one step of a project's pipeline.</summary>
public class PipelineStepState
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public string Name { get; set; } = "";
    /// <summary>pending, running, completed, failed, skipped</summary>
    public string Status { get; set; } = "pending";
    public int Progress { get; set; }
    public string? Message { get; set; }
    /// <summary>When the step last began running: the status's elapsed time and estimate count from here.</summary>
    public DateTime? StartedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}

/// <summary>
/// One of a fixed number of slots for work limited across all workers (clip generation:
/// VIDEO_CONCURRENCY slots). Taking a slot is a single-row conditional update, atomic on every database.
/// </summary>
public class PipelineSlot
{
    public int Id { get; set; }
    public string Pool { get; set; } = "";
    public int SlotIndex { get; set; }
    public string? Holder { get; set; }
    public DateTime? ExpiresAt { get; set; }
}
