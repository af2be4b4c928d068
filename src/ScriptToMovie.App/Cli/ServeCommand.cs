using System.CommandLine;
using ScriptToMovie.App.Hosting;

namespace ScriptToMovie.App.Cli;

public static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string>("--urls") { Description = "Addresses to listen on", DefaultValueFactory = _ => "http://localhost:8000" };
        var data = new Option<string?>("--data") { Description = "Data directory (SQLite database and media/)" };
        var noWorker = new Option<bool>("--no-worker") { Description = "Serve the API only; run jobs in ./s2m worker processes" };
        var cmd = new Command("serve", "Start the web app and API (migrations are applied first)") { urls, data, noWorker };
        cmd.SetAction(async (r, ct) =>
        {
            var args = new List<string> { "--urls", r.GetValue(urls)! };
            if (r.GetValue(data) is { } d) args.AddRange(["--DATA_DIR", d]);
            var app = WebApp.Build([.. args], runWorker: !r.GetValue(noWorker));
            // A missing production secret must stop the start with its sentence, not fail every request later.
            try { _ = app.Services.GetRequiredService<Accounts.SigningKey>(); }
            catch (InvalidOperationException e)
            {
                await Console.Error.WriteLineAsync(e.Message);
                return 1;
            }
            await app.RunAsync(ct);
            return 0;
        });
        return cmd;
    }
}
