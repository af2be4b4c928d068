using System.CommandLine;
using ScriptToMovie.App.Hosting;
using ScriptToMovie.App.Settings;

namespace ScriptToMovie.App.Cli;

/// <summary>The ./s2m commands. Each lives in its own file; this only lists them.</summary>
public static partial class CommandLine
{
    public static readonly List<Func<Command>> Extra = [];

    public static async Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("Script-to-Movie: turn a screenplay into a finished movie.");
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(WorkerCommand.Create());
        root.Subcommands.Add(MigrateCommand.Create());
        root.Subcommands.Add(ParseCommand.Create());
        root.Subcommands.Add(ConvertCommand.Create());
        root.Subcommands.Add(RenderCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(DoctorCommand.Create());
        root.Subcommands.Add(SmokeCommand.Create());
        foreach (var extra in Extra) root.Subcommands.Add(extra());
        var invocation = new InvocationConfiguration
        {
            // Ctrl+C cancels the command's token; ffmpeg then gets 5 s to stop and the run saves its state,
            // which System.CommandLine's default 2 s would cut short.
            ProcessTerminationTimeout = TimeSpan.FromSeconds(15),
            // A failure reaches the user as its sentence; the stack trace is for developers (S2M_DEBUG=1).
            EnableDefaultExceptionHandler = false,
        };
        try
        {
            // No command (or host options only, as WebApplicationFactory passes): run the web app.
            if (args.Length == 0 || (args[0].StartsWith("--", StringComparison.Ordinal) && args[0] is not "--help" and not "--version"))
            {
                await WebApp.Build(args).RunAsync();
                return 0;
            }
            return await root.Parse(args).InvokeAsync(invocation);
        }
        catch (InvalidSettingsException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return InvalidSettingsException.ExitCode;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await Console.Error.WriteLineAsync(AppSettings.IsTrue(Environment.GetEnvironmentVariable("S2M_DEBUG")) ? e.ToString() : $"Error: {Sentence(e)}");
            return 1;
        }
    }

    private static string Sentence(Exception e)
    {
        var innermost = e;
        while (innermost.InnerException is not null) innermost = innermost.InnerException;
        return e is Microsoft.EntityFrameworkCore.Storage.RetryLimitExceededException || innermost is System.Data.Common.DbException
            ? $"The database (DATABASE_URL) could not be used: {innermost.Message}"
            : e.Message;
    }
}
