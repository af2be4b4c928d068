using Microsoft.EntityFrameworkCore;
using ScriptToMovie.App.Data;
using ScriptToMovie.App.Pipeline;
using Spectre.Console;

namespace ScriptToMovie.App.Cli;

/// <summary>
/// One progress bar per pipeline step, fed from the pipelineSteps rows the steps already write for the web
/// app. Without a terminal (CI, a pipe) it prints a plain line whenever a step moves on, never redrawing.
/// </summary>
public static class RenderProgress
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(200);
    private const int MessageWidth = 46;

    public static Task ShowUntilAsync(IServiceProvider services, int projectId, Task execution) =>
        !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive
            ? BarsAsync(services, projectId, execution)
            : LinesAsync(services, projectId, execution);

    private static Task BarsAsync(IServiceProvider services, int projectId, Task execution) =>
        AnsiConsole.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
            .StartAsync(async ctx =>
            {
                var bars = PipelineOrder.Steps.ToDictionary(s => s, s => ctx.AddTask(Describe(s, StepStatus.Pending, null), autoStart: false, maxValue: 100));
                await PollAsync(services, projectId, execution, rows =>
                {
                    Apply(rows, bars);
                    ctx.Refresh();
                });
            });

    /// <summary>
    /// Spectre's own fallback prints only milestones of unfinished tasks, so a step that finishes between two
    /// looks (parse takes a moment) would never appear in a CI log. One line per change of a step instead.
    /// </summary>
    private static Task LinesAsync(IServiceProvider services, int projectId, Task execution)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var seen = new Dictionary<string, (string, int, string?)>();
        return PollAsync(services, projectId, execution, rows =>
        {
            foreach (var row in rows.OrderBy(r => PipelineOrder.IndexOf(r.Name)))
            {
                if (row.Status == StepStatus.Pending) continue;
                var state = (row.Status, row.Progress, row.Message);
                if (seen.TryGetValue(row.Name, out var last) && last == state) continue;
                seen[row.Name] = state;
                var percent = row.Status is StepStatus.Completed or StepStatus.Skipped ? 100 : row.Progress;
                Console.Out.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"[{clock.Elapsed.TotalSeconds,6:0.0}s] {row.Name,-10} {row.Status,-9} {percent,3}%  {row.Message}").TrimEnd());
            }
        });
    }

    private static async Task PollAsync(IServiceProvider services, int projectId, Task execution, Action<List<PipelineStepState>> show)
    {
        while (true)
        {
            // Read once more after the run ends so the display shows how it finished.
            var finished = execution.IsCompleted;
            if (await ReadAsync(services, projectId) is { } rows) show(rows);
            if (finished) return;
            await Task.WhenAny(execution, Task.Delay(Poll));
        }
    }

    private static async Task<List<PipelineStepState>?> ReadAsync(IServiceProvider services, int projectId)
    {
        // A fresh scope each time: the pipeline writes these rows from its own contexts.
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDb>();
        try { return await db.PipelineSteps.AsNoTracking().Where(s => s.ProjectId == projectId).ToListAsync(); }
        catch (Exception e) when (e is not OperationCanceledException) { return null; } // busy database: try again next tick
    }

    private static void Apply(List<PipelineStepState> rows, Dictionary<string, ProgressTask> bars)
    {
        foreach (var row in rows)
        {
            if (!bars.TryGetValue(row.Name, out var bar)) continue;
            bar.Description = Describe(row.Name, row.Status, row.Message);
            switch (row.Status)
            {
                case StepStatus.Running:
                    if (!bar.IsStarted) bar.StartTask();
                    bar.Value = Math.Clamp(row.Progress, 0, 99);
                    break;
                case StepStatus.Completed or StepStatus.Skipped:
                    if (!bar.IsStarted) bar.StartTask();
                    bar.Value = 100;
                    bar.StopTask();
                    break;
                case StepStatus.Failed:
                    if (bar.IsStarted) bar.StopTask();
                    break;
            }
        }
    }

    private static string Describe(string step, string status, string? message)
    {
        var text = message ?? "";
        if (text.Length > MessageWidth) text = text[..(MessageWidth - 1)] + "…";
        var name = status switch
        {
            StepStatus.Failed => $"[red]{step,-10}[/]",
            StepStatus.Completed => $"[green]{step,-10}[/]",
            _ => $"{step,-10}",
        };
        return $"{name} {Markup.Escape(text)}".TrimEnd();
    }
}
