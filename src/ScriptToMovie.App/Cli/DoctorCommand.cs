using System.CommandLine;
using System.Text.Json;
using Spectre.Console;

namespace ScriptToMovie.App.Cli;

/// <summary>
/// ./s2m doctor: checks the configured environment the way the seed's staging list asks, one row per check, one
/// sentence per failure saying what to fix. Exit 1 when anything failed. Run it on the server, with the server's
/// environment (docs/deploy/aws.md).
/// </summary>
public static class DoctorCommand
{
    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "Print the checks as JSON instead of a table" };
        var data = new Option<string?>("--data") { Description = "Data directory (SQLite database and media/)" };
        var cmd = new Command("doctor", "Check this environment: settings, database and TLS, migrations, bucket, Redis, ffmpeg/espeak-ng, provider keys") { json, data };
        cmd.SetAction(async (r, ct) =>
        {
            var results = await DoctorChecks.RunAllAsync(r.GetValue(data), ct);
            if (r.GetValue(json)) Console.WriteLine(JsonSerializer.Serialize(new
            {
                passed = results.All(c => c.Status != DoctorStatus.Failed),
                checks = results.Select(c => new { check = c.Name, status = c.Status.ToString().ToLowerInvariant(), detail = c.Detail }),
            }, new JsonSerializerOptions { WriteIndented = true }));
            else Print(results);
            return results.Any(c => c.Status == DoctorStatus.Failed) ? 1 : 0;
        });
        return cmd;
    }

    private static void Print(IReadOnlyList<DoctorResult> results)
    {
        var table = new Table().AddColumn("Check").AddColumn("Result").AddColumn("Detail");
        foreach (var c in results)
            table.AddRow(Markup.Escape(c.Name), c.Status switch
            {
                DoctorStatus.Ok => "[green]ok[/]",
                DoctorStatus.Skipped => "[grey]skipped[/]",
                _ => "[red]FAILED[/]",
            }, Markup.Escape(c.Detail));
        AnsiConsole.Write(table);
        var failed = results.Count(c => c.Status == DoctorStatus.Failed);
        AnsiConsole.MarkupLine(failed == 0 ? "[green]Every check passed.[/]" : $"[red]{failed} check(s) failed:[/] fix them and run ./s2m doctor again.");
    }
}

public enum DoctorStatus { Ok, Skipped, Failed }

public sealed record DoctorResult(string Name, DoctorStatus Status, string Detail)
{
    public static DoctorResult Ok(string name, string detail) => new(name, DoctorStatus.Ok, detail);
    public static DoctorResult Skip(string name, string detail) => new(name, DoctorStatus.Skipped, detail);
    public static DoctorResult Fail(string name, string detail) => new(name, DoctorStatus.Failed, detail);
}
