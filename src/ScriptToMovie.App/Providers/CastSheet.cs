using System.Text.Json;
using ScriptToMovie.App.Storage;

namespace ScriptToMovie.App.Providers;

/// <summary>
/// One character's cast sheet on the Kling path: a front view and up to three angles, stored as files under
/// <c>{project}/cast/{characterId}/</c>, and the Element Library element registered from them. The files are the
/// truth; <see cref="ElementId"/> is a cache that can be rebuilt from them. The external ids are written here before
/// each paid call is sent, so a run that dies mid-call finds its task again instead of paying twice.
/// </summary>
public sealed record CastSheet
{
    public int CharacterId { get; init; }
    public string Name { get; init; } = "";
    public string? FrontExternalId { get; set; }
    public string? FrontTaskId { get; set; }
    /// <summary>The ai-multi-shot call, or (its documented fallback) one image generation per angle.</summary>
    public List<string> AngleExternalIds { get; set; } = [];
    public List<string> AngleTaskIds { get; set; } = [];
    public bool AnglesByFallback { get; set; }
    public int AngleCount { get; set; }
    public string? ElementExternalId { get; set; }
    public string? ElementTaskId { get; set; }
    public string? ElementId { get; set; }
    /// <summary>Which Kling account made the element (the id is tied to it).</summary>
    public string? ElementAccount { get; set; }
    /// <summary>The user looked at the sheet and accepted it (decision 0102); any new picture makes it a draft again.</summary>
    public bool Approved { get; set; }
    /// <summary>True when the front view is a picture the user uploaded rather than one Kling drew.</summary>
    public bool FrontUploaded { get; set; }
    /// <summary>Goes up with every new set of pictures, so their addresses change and no browser shows a cached one.</summary>
    public int Version { get; set; }

    /// <summary>
    /// The same character's sheet to be made again, a draft with no external ids yet (each new call gets a new one)
    /// and no element: the old element id is dropped, because the files are the truth and they change.
    /// </summary>
    public CastSheet Remade(bool frontUploaded) => new()
    {
        CharacterId = CharacterId,
        Name = Name,
        FrontUploaded = frontUploaded,
        Version = Version + 1,
    };

    public static string Folder(int projectId, int characterId) => StorageKey.For(projectId, "cast", characterId.ToString(System.Globalization.CultureInfo.InvariantCulture));
    public static string FrontKey(int projectId, int characterId) => Folder(projectId, characterId) + "/front.png";
    public static string AngleKey(int projectId, int characterId, int n) => Folder(projectId, characterId) + $"/angle-{n}.png";
    public static string ManifestKey(int projectId, int characterId) => Folder(projectId, characterId) + "/sheet.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static async Task<CastSheet?> LoadAsync(IMediaStorage storage, int projectId, int characterId, CancellationToken ct)
    {
        await using var stream = await storage.OpenReadAsync(ManifestKey(projectId, characterId), ct);
        return stream is null ? null : await JsonSerializer.DeserializeAsync<CastSheet>(stream, Json, ct);
    }

    public Task SaveAsync(IMediaStorage storage, int projectId, CancellationToken ct) =>
        storage.PutBytesAsync(ManifestKey(projectId, CharacterId), JsonSerializer.SerializeToUtf8Bytes(this, Json), ct);

    /// <summary>True when the sheet's pictures are all stored (the element can be rebuilt from them).</summary>
    public async Task<bool> HasPicturesAsync(IMediaStorage storage, int projectId, CancellationToken ct)
    {
        if (AngleCount == 0 || !await storage.ExistsAsync(FrontKey(projectId, CharacterId), ct)) return false;
        for (var n = 1; n <= AngleCount; n++)
            if (!await storage.ExistsAsync(AngleKey(projectId, CharacterId, n), ct)) return false;
        return true;
    }
}

/// <summary>A character's element as a clip or picture request names it: <c>&lt;&lt;&lt;element_N&gt;&gt;&gt;</c> in the prompt, N from 1 in list order.</summary>
public sealed record CastElement(int CharacterId, string Name, string ElementId);

/// <summary>Who the cast step asks for sheets: the Kling maker on the Kling path, none offline.</summary>
public interface ICastSheetMaker
{
    /// <summary>
    /// Makes whatever the sheet still lacks (front view, angles, element), saving <paramref name="sheet"/> before each
    /// paid call. Throws <see cref="ProviderFailedException"/> with a sentence when the character cannot get a sheet.
    /// </summary>
    Task MakeAsync(int projectId, string? runId, CastSheet sheet, string appearance, CancellationToken ct);

    /// <summary>What a new sheet costs (front view, angles, element), in USD.</summary>
    double SheetUsd { get; }

    /// <summary>False when sheets are turned off or no configured model takes elements; the step is then done at once.</summary>
    bool Enabled { get; }
}
