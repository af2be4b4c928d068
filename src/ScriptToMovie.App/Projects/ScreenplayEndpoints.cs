using System.Text.Json;
using ScriptToMovie.Screenplay;
using ScriptToMovie.App.Problems;
using ScriptToMovie.App.Settings;

namespace ScriptToMovie.App.Projects;

public sealed record ParseScreenplayRequest(string? Text);

/// <summary>A parse preview: the same JSON as ./s2m parse, for a pasted text or an uploaded file.</summary>
public static class ScreenplayEndpoints
{
    public static void MapScreenplays(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/screenplays/parse", async (HttpRequest request, AppSettings settings, CancellationToken ct) =>
        {
            ScreenplayDocument doc;
            if (request.HasFormContentType)
            {
                var form = await request.ReadFormAsync(ct);
                var file = form.Files.GetFile("file");
                if (file is null)
                {
                    var text = form["text"].ToString();
                    if (string.IsNullOrWhiteSpace(text)) throw ApiProblem.BadRequest("Upload a screenplay file or paste its text.");
                    doc = ScreenplayReader.ReadText(ProjectEndpoints.ValidScript(text, settings));
                }
                else
                {
                    if (file.Length > settings.MaxUploadBytes)
                        throw new ApiProblem(413, $"That file is larger than the {settings.MaxUploadBytes / (1024 * 1024)} MB upload limit.");
                    using var ms = new MemoryStream();
                    await file.CopyToAsync(ms, ct);
                    try { doc = ScreenplayReader.Read(ms.ToArray(), file.FileName); }
                    catch (UnreadableScreenplayException e) { throw ApiProblem.BadRequest(e.Message); }
                }
            }
            else
            {
                var body = await request.ReadFromJsonAsync<ParseScreenplayRequest>(ct);
                if (string.IsNullOrWhiteSpace(body?.Text)) throw ApiProblem.BadRequest("Paste the screenplay's text in the \"text\" field.");
                doc = ScreenplayReader.ReadText(ProjectEndpoints.ValidScript(body.Text, settings));
            }
            return Results.Content(ScreenplayJson.Serialize(doc), "application/json");
        })
        .WithTags("Screenplays").RequireAuthorization()
        .Accepts<ParseScreenplayRequest>("application/json", "multipart/form-data")
        .Produces<JsonElement>(200).ProducesProblem(400).ProducesProblem(413)
        .WithDescription("Parses a screenplay without saving it: JSON {text} or a multipart file (.fountain, .txt, .fdx, .pdf). Answers the same JSON as ./s2m parse.");
    }
}
