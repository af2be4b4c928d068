using Microsoft.EntityFrameworkCore;
using ScriptToMovie.App.Data;
using ScriptToMovie.App.Pipeline;
using Spectre.Console;

namespace ScriptToMovie.App.Cli;

/// <summary>
/// One progress bar per pipeline step, fed from the pipelineSteps rows the steps already write for the web
/// app. Without a terminal (CI, a pipe) Spectre prints plain milestone lines instead of redrawing bars.
/// </summary>
public static class RenderProgress
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(200);
    private const int MessageWidth = 46;

    public static Task ShowUntilAsync(IServiceProvider services, int projectId, Task execution) =>
        AnsiConsole.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
            .StartAsync(async ctx =>
            {
                var bars = PipelineOrder.Steps.ToDictionary(s => s, s => ctx.AddTask(Describe(s, StepStatus.Pending, null), autoStart: false, maxValue: 100));
                while (true)
                {
                    // Read once more after the run ends so the bars show how it finished.
                    var finished = execution.IsCompleted;
                    await UpdateAsync(services, projectId, bars);
                    ctx.Refresh();
                    if (finished) return;
                    await Task.WhenAny(execution, Task.Delay(Poll));
                }
            });

    private static async Task UpdateAsync(IServiceProvider services, int projectId, Dictionary<string, ProgressTask> bars)
    {
        List<PipelineStepState> rows;
        // A fresh scope each time: the pipeline writes these rows from its own contexts.
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDb>();
            try { rows = await db.PipelineSteps.AsNoTracking().Where(s => s.ProjectId == projectId).ToListAsync(); }
            catch (Exception e) when (e is not OperationCanceledException) { return; } // busy database: try again next tick
        }
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
