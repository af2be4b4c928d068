using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using ScriptToMovie.App.Pipeline;
using ScriptToMovie.App.Problems;
using ScriptToMovie.App.Projects;
using ScriptToMovie.App.Providers;
using ScriptToMovie.App.Settings;

namespace ScriptToMovie.App.Integrations;

public sealed record RunProviders(string? Video, string? Image, string? Analyzer);
public sealed record CreateRunRequest(string? Title, string? Script, string? Aspect, RunProviders? Providers, double? MaxCostUsd, string? ExternalRef, string? WebhookUrl);

/// <summary>A POST /api/v1/runs body, read from JSON or from a multipart form with a screenplay file, and checked.</summary>
public sealed record RunRequest(CreateRunRequest Fields, ScreenplayUpload? Upload)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string? Script => Upload?.Script ?? Fields.Script;
    public string? Title => string.IsNullOrWhiteSpace(Fields.Title) && Upload is not null ? Path.GetFileNameWithoutExtension(Upload.Name) : Fields.Title;

    public static async Task<RunRequest> ReadAsync(HttpRequest request, AppSettings settings, ProviderSettings providers, CancellationToken ct)
    {
        RunRequest read;
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(ct);
            string? Field(string name) => form.TryGetValue(name, out var v) && v.Count > 0 && v.ToString().Length > 0 ? v.ToString() : null;
            double? budget = Field("maxCostUsd") is { } b
                ? double.TryParse(b, NumberStyles.Float, CultureInfo.InvariantCulture, out var usd) ? usd : throw ApiProblem.BadRequest("maxCostUsd must be a number of US dollars, e.g. 5.0.")
                : null;
            var fields = new CreateRunRequest(Field("title"), Field("script"), Field("aspect"),
                new RunProviders(Field("providers.video"), Field("providers.image"), Field("providers.analyzer")), budget, Field("externalRef"), Field("webhookUrl"));
            var file = form.Files.GetFile("file");
            read = new RunRequest(fields, file is null ? null : await NewProject.ReadUploadAsync(file, settings, ct));
        }
        else
        {
            var body = await request.ReadFromJsonAsync<CreateRunRequest>(ct)
                       ?? throw ApiProblem.BadRequest("Send a JSON object with a title and a script, or a multipart form with a title and a file.");
            read = new RunRequest(body, null);
        }
        read.Check(providers);
        return read;
    }

    /// <summary>A run asked for with fields only (no file), as the MCP tool does; checked like a POST body.</summary>
    public static RunRequest FromFields(CreateRunRequest fields, ProviderSettings providers)
    {
        var read = new RunRequest(fields, null);
        read.Check(providers);
        return read;
    }

    private void Check(ProviderSettings providers)
    {
        BudgetRange.Check(Fields.MaxCostUsd);
        if (Fields.ExternalRef is { Length: > 200 }) throw ApiProblem.BadRequest("externalRef can be at most 200 characters.");
        Same("video", Fields.Providers?.Video, providers.Video);
        Same("image", Fields.Providers?.Image, providers.Image);
        Same("analyzer", Fields.Providers?.Analyzer, providers.Analyzer);
    }

    /// <summary>Providers are the server's choice; a run may name them to be sure of what it gets, not to change them.</summary>
    private static void Same(string kind, string? asked, string configured)
    {
        if (asked is not null && !string.Equals(asked, configured, StringComparison.OrdinalIgnoreCase))
            throw ApiProblem.BadRequest($"This server uses \"{configured}\" as its {kind} provider, so it can't make this run with \"{asked}\". Leave providers.{kind} out or ask for \"{configured}\".");
    }

    /// <summary>What "the same request" means for an Idempotency-Key: the fields and the file, however they were sent.</summary>
    public string Hash()
    {
        var canonical = JsonSerializer.Serialize(new
        {
            Fields.Title, Script, Fields.Aspect, Fields.Providers, Fields.MaxCostUsd, Fields.ExternalRef, Fields.WebhookUrl,
            File = Upload is null ? null : Upload.Name + ":" + Convert.ToHexString(SHA256.HashData(Upload.Bytes)),
        }, Json);
        return Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(canonical)));
    }
}
