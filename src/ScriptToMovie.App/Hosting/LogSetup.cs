using Microsoft.Extensions.Logging.Console;

namespace ScriptToMovie.App.Hosting;

/// <summary>
/// How the server and the worker log. ASP.NET Core's defaults write four Information lines per request and EF Core
/// one per SQL command (about 750 bytes a request, 219 MB in an afternoon of status polling); here the framework's
/// request and SQL logs are at Warning outside Development, and even in Development a request is one line when it
/// starts and one when it ends. LOG_FORMAT=json writes one JSON object per line. A Logging:LogLevel:&lt;category&gt;
/// setting still wins over these defaults.
/// </summary>
public static class LogSetup
{
    public static void Configure(ILoggingBuilder logging, IConfiguration config, IHostEnvironment environment)
    {
        var development = environment.IsDevelopment();
        Default(logging, config, "Microsoft.AspNetCore", LogLevel.Warning);
        Default(logging, config, "Microsoft.AspNetCore.Hosting.Diagnostics", development ? LogLevel.Information : LogLevel.Warning);
        Default(logging, config, "Microsoft.EntityFrameworkCore", LogLevel.Warning);
        Default(logging, config, "System.Net.Http.HttpClient", LogLevel.Warning);
        Default(logging, config, "Hangfire", development ? LogLevel.Information : LogLevel.Warning);

        if (EdgeSettings.From(config).JsonLogs)
        {
            logging.ClearProviders();
            logging.AddJsonConsole(o =>
            {
                o.UseUtcTimestamp = true;
                o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
                o.IncludeScopes = false;
            });
        }
        else if (!development)
        {
            logging.ClearProviders();
            logging.AddSimpleConsole(o =>
            {
                o.SingleLine = true;
                o.UseUtcTimestamp = true;
                o.TimestampFormat = "yyyy-MM-ddTHH:mm:ssZ ";
                o.ColorBehavior = LoggerColorBehavior.Disabled;
            });
        }
    }

    private static void Default(ILoggingBuilder logging, IConfiguration config, string category, LogLevel level)
    {
        if (config[$"Logging:LogLevel:{category}"] is null) logging.AddFilter(category, level);
    }
}
