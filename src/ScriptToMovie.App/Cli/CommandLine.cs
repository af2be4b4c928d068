using System.CommandLine;
using ScriptToMovie.App.Hosting;

namespace ScriptToMovie.App.Cli;

/// <summary>The ./s2m commands. Each lives in its own file; this only lists them.</summary>
public static partial class CommandLine
{
    public static readonly List<Func<Command>> Extra = [];

    public static async Task<int> RunAsync(string[] args)
    {
        // No command (or host options only, as WebApplicationFactory passes): run the web app.
        if (args.Length == 0 || (args[0].StartsWith("--", StringComparison.Ordinal) && args[0] is not "--help" and not "--version"))
        {
            await WebApp.Build(args).RunAsync();
            return 0;
        }
        var root = new RootCommand("Script-to-Movie: turn a screenplay into a finished movie.");
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(WorkerCommand.Create());
        root.Subcommands.Add(MigrateCommand.Create());
        root.Subcommands.Add(ParseCommand.Create());
        root.Subcommands.Add(ConvertCommand.Create());
        root.Subcommands.Add(RenderCommand.Create());
        foreach (var extra in Extra) root.Subcommands.Add(extra());
        return await root.Parse(args).InvokeAsync();
    }
}
