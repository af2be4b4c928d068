using System.Collections.Concurrent;

namespace ScriptToMovie.Media.Processes;

/// <summary>
/// Makes every tool we start die with the process that started it, even when that process is killed with SIGKILL
/// (no shutdown code runs then). On Linux the tool is started through util-linux's <c>setpriv --pdeathsig KILL</c>,
/// which sets prctl(PR_SET_PDEATHSIG) and then execs the tool in its own place (same pid, so SIGINT still reaches
/// it). The kernel sends that signal when the parent <em>thread</em> ends, and .NET retires idle thread-pool
/// threads, so every start happens on one dedicated thread that lives as long as the process.
/// </summary>
internal static class ParentDeath
{
    private static readonly string? Setpriv = OperatingSystem.IsLinux() ? OnPath("setpriv") : null;
    private static readonly BlockingCollection<Action> Starts = [];

    static ParentDeath()
    {
        new Thread(() => { foreach (var start in Starts.GetConsumingEnumerable()) start(); })
        { IsBackground = true, Name = "child process starter" }.Start();
    }

    /// <summary>The executable and arguments that run <paramref name="executable"/> under the death signal.</summary>
    public static (string Executable, IReadOnlyList<string> Arguments) Wrap(string executable, IReadOnlyList<string> arguments)
    {
        // A tool that cannot be found is left to fail as itself ("could not be started"), not as setpriv's exit code.
        if (Setpriv is null || Resolve(executable) is not { } path) return (executable, arguments);
        return (Setpriv, ["--pdeathsig", "KILL", "--", path, .. arguments]);
    }

    /// <summary>Runs <paramref name="start"/> (which must start the process synchronously) on the starter thread.</summary>
    public static Task<T> StartAsync<T>(Func<T> start)
    {
        var done = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        Starts.Add(() =>
        {
            try { done.SetResult(start()); }
            catch (Exception e) { done.SetException(e); }
        });
        return done.Task;
    }

    private static string? Resolve(string executable)
    {
        if (executable.Contains('/')) return File.Exists(executable) ? Path.GetFullPath(executable) : null;
        return OnPath(executable);
    }

    private static string? OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name)).FirstOrDefault(File.Exists);
}
