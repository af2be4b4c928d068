using System.Text.Json;
using Microsoft.Playwright;

namespace ScriptToMovie.App.Tests.EndToEnd;

/// <summary>What the browser tests do on every page they reach: keep a screenshot, and check it with axe.</summary>
public static class PageChecks
{
    public static string ScreenshotFolder => Path.Combine(Repository.Artifacts, "screenshots");

    private static string AxeScript => Path.Combine(Repository.WebFolder, "node_modules", "axe-core", "axe.min.js");

    /// <summary>Saves the whole page as artifacts/screenshots/&lt;name&gt;.png.</summary>
    public static async Task SaveScreenshotAsync(this IPage page, string name)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        // From the top, or the sticky header is drawn where the page was scrolled to; transitions finished, so
        // progress bars show their value rather than a frame of their animation.
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await page.ScreenshotAsync(new()
        {
            Path = Path.Combine(ScreenshotFolder, $"{name}.png"),
            FullPage = true,
            Animations = ScreenshotAnimations.Disabled,
        });
    }

    /// <summary>Runs axe-core (the web UI's own copy) on the page and fails on any serious or critical finding.</summary>
    public static async Task AssertAccessibleAsync(this IPage page, string name)
    {
        Assert.True(File.Exists(AxeScript), $"{AxeScript} is missing: run `npm ci` in web/ (axe-core is one of its dev dependencies).");
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
            await page.AddScriptTagAsync(new() { Path = AxeScript });
        var findings = await page.EvaluateAsync<JsonElement>("""
            async () => {
              const result = await window.axe.run(document, { resultTypes: ['violations'] });
              return result.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')}`);
            }
            """);
        var problems = findings.EnumerateArray().Select(f => f.GetString()).ToList();
        Assert.True(problems.Count == 0, $"axe found serious problems on the {name} page:\n{string.Join("\n", problems)}");
    }

    /// <summary>Screenshot and accessibility check together, for a page in the state a user sees it.</summary>
    public static async Task CheckPageAsync(this IPage page, string name)
    {
        await page.SaveScreenshotAsync(name);
        await page.AssertAccessibleAsync(name);
    }
}
