using System.Text;
using ScriptToMovie.App.Data;
using ScriptToMovie.App.Problems;
using ScriptToMovie.App.Settings;
using ScriptToMovie.App.Storage;
using ScriptToMovie.Screenplay;

namespace ScriptToMovie.App.Projects;

public sealed record ScreenplayUpload(string Name, byte[] Bytes, string Script);

/// <summary>Making a project from a title and a screenplay: shared by POST /api/projects and POST /api/v1/runs.</summary>
public static class NewProject
{
    private static readonly string[] UploadExtensions = [".fountain", ".spmd", ".txt", ".fdx", ".pdf"];

    public static async Task<ScreenplayUpload> ReadUploadAsync(IFormFile file, AppSettings settings, CancellationToken ct)
    {
        if (file.Length > settings.MaxUploadBytes)
            throw new ApiProblem(413, $"That file is larger than the {settings.MaxUploadBytes / (1024 * 1024)} MB upload limit.");
        var ext = Path.GetExtension(file.FileName).ToLowerInvariant();
        if (!UploadExtensions.Contains(ext))
            throw ApiProblem.BadRequest("Upload a screenplay as .fountain, .txt, .fdx or .pdf.");
        using var ms = new MemoryStream();
        await file.CopyToAsync(ms, ct);
        var name = Path.GetFileName(file.FileName);
        return new ScreenplayUpload(name, ms.ToArray(), ToFountain(ms.ToArray(), name));
    }

    public static async Task<Project> CreateAsync(AppDb db, IMediaStorage storage, AppSettings settings, int userId,
        string? title, string? script, string? aspect, (string Name, byte[] Bytes)? original, string? externalRef, CancellationToken ct)
    {
        var project = new Project
        {
            UserId = userId,
            Title = ProjectEndpoints.ValidTitle(title),
            ScriptContent = ProjectEndpoints.ValidScript(script, settings),
            AspectRatio = ProjectEndpoints.ValidAspect(aspect) ?? "16:9",
            ExternalRef = externalRef,
            Status = ProjectStatus.Draft,
            CreatedAt = DateTime.UtcNow,
            UpdatedAt = DateTime.UtcNow,
        };
        db.Projects.Add(project);
        await db.SaveChangesAsync(ct);
        if (original is { } o)
        {
            project.OriginalFileKey = StorageKey.For(project.Id, "uploads", SafeName(o.Name));
            await storage.PutBytesAsync(project.OriginalFileKey, o.Bytes, ct);
            await db.SaveChangesAsync(ct);
        }
        return project;
    }

    /// <summary>Text formats are kept verbatim (so line numbers match the user's file); FDX and PDF become Fountain.</summary>
    private static string ToFountain(byte[] bytes, string fileName)
    {
        ScreenplayDocument doc;
        try { doc = ScreenplayReader.Read(bytes, fileName); }
        catch (UnreadableScreenplayException e) { throw ApiProblem.BadRequest(e.Message); }
        return doc.Format is "fdx" or "pdf" ? FountainWriter.Write(doc) : ScriptText.Decode(bytes);
    }

    private static string SafeName(string name)
    {
        var sb = new StringBuilder();
        foreach (var c in name) sb.Append(char.IsLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_');
        var s = sb.ToString().TrimStart('.');
        return s.Length == 0 ? "upload" : s;
    }

}
