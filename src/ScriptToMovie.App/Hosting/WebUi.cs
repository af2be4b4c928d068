using Microsoft.Extensions.FileProviders;
using ScriptToMovie.App.Settings;

namespace ScriptToMovie.App.Hosting;

/// <summary>Serves the built React app; any non-API path gets index.html so deep links work.</summary>
public static class WebUi
{
    private static string? Dist(WebApplication app)
    {
        var dist = app.Services.GetRequiredService<AppSettings>().WebDist;
        if (string.IsNullOrEmpty(dist)) dist = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        return File.Exists(Path.Combine(dist, "index.html")) ? Path.GetFullPath(dist) : null;
    }

    /// <summary>Before routing, so real files win over the deep-link fallback.</summary>
    public static void UseFiles(WebApplication app)
    {
        if (Dist(app) is { } dist) app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(dist) });
    }

    public static void MapFallback(WebApplication app)
    {
        if (Dist(app) is not { } dist)
        {
            app.MapGet("/", () => Results.Content(
                "<!doctype html><title>Script-to-Movie</title><p>The web UI has not been built. Run <code>./s2m up</code>, or use the API at <a href=\"/docs\">/docs</a>.</p>",
                "text/html")).ExcludeFromDescription();
            return;
        }
        var index = Path.Combine(dist, "index.html");
        // A catch-all with a constraint does not match the empty path, so the home page is mapped on its own.
        app.MapGet("/", async http =>
        {
            http.Response.ContentType = "text/html; charset=utf-8";
            http.Response.Headers.CacheControl = "no-cache";
            await http.Response.SendFileAsync(index);
        }).ExcludeFromDescription();
        // /api paths never get the React app: an unknown one is a JSON 404 (status code pages).
        app.MapFallback("{**path:regex(^(?!api(/|$)).*$)}", async http =>
        {
            http.Response.ContentType = "text/html; charset=utf-8";
            http.Response.Headers.CacheControl = "no-cache";
            await http.Response.SendFileAsync(index);
        });
    }
}
