namespace ScriptToMovie.App.Hosting;

/// <summary>Applies migrations before the server and the workers start.</summary>
public sealed class MigrateOnStart(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken ct) => DatabaseSetup.MigrateAsync(services, ct);
    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
