namespace ScriptToMovie.App.Data;

public class StoryboardImage
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public int? SceneId { get; set; }
    public string? ImageUrl { get; set; }
    public string? StorageKey { get; set; }
    /// <summary>pending, completed, failed</summary>
    public string Status { get; set; } = "pending";
    /// <summary>scene or trailer</summary>
    public string Kind { get; set; } = "scene";
    public int Width { get; set; }
    public int Height { get; set; }
    public string? ErrorMessage { get; set; }
    /// <summary>painted (drawn here, offline) or kling (IMAGE_PROVIDER=kling).</summary>
    public string Provider { get; set; } = "painted";
    public string? ProviderTaskId { get; set; }
    /// <summary>Stored before a paid image is requested, so a resumed run finds the task instead of paying twice.</summary>
    public string? ExternalTaskId { get; set; }
    public int Attempt { get; set; }
    public double? CostUnits { get; set; }
    public DateTime CreatedAt { get; set; }
}

public class VideoPrompt
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public int SceneId { get; set; }
    public string Prompt { get; set; } = "";
    public string? NegativePrompt { get; set; }
    public int Duration { get; set; }
    public string Style { get; set; } = "";
    public string? Camera { get; set; }
    public bool Edited { get; set; }
    public DateTime CreatedAt { get; set; }
}

public class SceneAudio
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public int SceneId { get; set; }
    public string? AudioUrl { get; set; }
    public string? StorageKey { get; set; }
    public double Duration { get; set; }
    /// <summary>JSON array of the scene's dialogue lines with speaker, start, end and source line.</summary>
    public string? TimingsJson { get; set; }
    public string Status { get; set; } = "pending";
    public string? ErrorMessage { get; set; }
    public DateTime CreatedAt { get; set; }
}

public class GeneratedVideo
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public int SceneId { get; set; }
    public string? VideoUrl { get; set; }
    public string? StorageKey { get; set; }
    public double? Duration { get; set; }
    /// <summary>pending, generating, completed, failed</summary>
    public string Status { get; set; } = "pending";
    public string? ErrorMessage { get; set; }
    public string Provider { get; set; } = "animatic";
    public string? ProviderTaskId { get; set; }
    public string? ExternalTaskId { get; set; }
    public int Attempt { get; set; }
    public double? CostUnits { get; set; }
    public string? LeaseOwner { get; set; }
    public DateTime? LeaseExpiresAt { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}

public class FinalMovie
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public string? MovieUrl { get; set; }
    public string? StorageKey { get; set; }
    public double? Duration { get; set; }
    /// <summary>pending, assembling, completed, failed</summary>
    public string Status { get; set; } = "pending";
    public string? SrtUrl { get; set; }
    public string? VttUrl { get; set; }
    public string? ManifestUrl { get; set; }
    public string? ErrorMessage { get; set; }
    public DateTime CreatedAt { get; set; }
}

public class CostLedgerEntry
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public int? SceneId { get; set; }
    public string? RunId { get; set; }
    public string Provider { get; set; } = "";
    public string? ProviderTaskId { get; set; }
    public double Units { get; set; }
    public double Usd { get; set; }
    public DateTime CreatedAt { get; set; }
}

public class StoredFile
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public string StorageKey { get; set; } = "";
    public string ContentType { get; set; } = "application/octet-stream";
    public long Size { get; set; }
    public DateTime CreatedAt { get; set; }
}
