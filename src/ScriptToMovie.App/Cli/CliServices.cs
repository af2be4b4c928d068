using Microsoft.Extensions.Configuration;
using ScriptToMovie.App.Hosting;

namespace ScriptToMovie.App.Cli;

/// <summary>The app's services without the web server, for commands that run in their own process.</summary>
public static class CliServices
{
    /// <summary>ASPNETCORE_ENVIRONMENT, else Development (./s2m's default).</summary>
    public static string EnvironmentName => Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") ?? "Development";

    /// <param name="check">False for ./s2m doctor, which reports bad settings as a row instead of refusing to run.</param>
    public static ServiceProvider Build(string? dataDirectory, Action<IServiceCollection, IConfiguration>? extra = null, bool check = true)
    {
        DotEnvFile.LoadIfPresent(Directory.GetCurrentDirectory());
        var builder = new ConfigurationBuilder().AddEnvironmentVariables();
        if (dataDirectory is not null) builder.AddInMemoryCollection([new("DATA_DIR", dataDirectory)]);
        var config = builder.Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(config);
        services.AddLogging(l => l.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning));
        var environment = EnvironmentName;
        services.AddAppServices(environment);
        // After the command's own overrides (render --video kling), so they are checked too.
        extra?.Invoke(services, config);
        if (check) SettingsCatalog.Check(config, environment);
        return services.BuildServiceProvider();
    }
}
