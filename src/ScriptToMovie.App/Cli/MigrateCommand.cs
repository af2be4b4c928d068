using System.CommandLine;
using ScriptToMovie.App.Hosting;

namespace ScriptToMovie.App.Cli;

public static class MigrateCommand
{
    public static Command Create()
    {
        var data = new Option<string?>("--data") { Description = "Data directory (SQLite database and media/)" };
        var cmd = new Command("migrate", "Apply database migrations and exit") { data };
        cmd.SetAction(async (r, ct) =>
        {
            await using var services = CliServices.Build(r.GetValue(data));
            await DatabaseSetup.MigrateAsync(services, ct);
            Console.WriteLine("Database is up to date.");
            return 0;
        });
        return cmd;
    }
}
