namespace ScriptToMovie.App.Data;

public class Project
{
    public int Id { get; set; }
    public int UserId { get; set; }
    public string Title { get; set; } = "";
    public string ScriptContent { get; set; } = "";
    /// <summary>draft, queued, running, completed, completed_with_errors, failed, cancelled</summary>
    public string Status { get; set; } = ProjectStatus.Draft;
    public int Progress { get; set; }
    public string? Message { get; set; }
    public string? TrailerUrl { get; set; }
    public string AspectRatio { get; set; } = "16:9";
    /// <summary>Storage key of the uploaded original (fdx, pdf, …), kept beside the Fountain text.</summary>
    public string? OriginalFileKey { get; set; }
    /// <summary>The id another app gave this movie when it asked for it through /api/v1/runs.</summary>
    public string? ExternalRef { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public User? User { get; set; }
    public List<Scene> Scenes { get; set; } = [];
}

public static class ProjectStatus
{
    public const string Draft = "draft";
    public const string Queued = "queued";
    public const string Running = "running";
    public const string Completed = "completed";
    public const string CompletedWithErrors = "completed_with_errors";
    public const string Failed = "failed";
    public const string Cancelled = "cancelled";
}
