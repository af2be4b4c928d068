using ScriptToMovie.Media.Processes;

namespace ScriptToMovie.App.Storage;

/// <summary>
/// Claims this process's work folder when it starts, so the temporary files of a worker that was killed are
/// swept then, not only when the next media job happens to run.
/// </summary>
public sealed class WorkFolderAtStart(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken ct)
    {
        services.GetRequiredService<ProcessRunner>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
