using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ScriptToMovie.App.Tests.Infrastructure;

/// <summary>The real app as a separate process (serve or worker), so tests can kill it with SIGKILL.</summary>
public sealed class AppProcess : IDisposable
{
    private readonly Process _process;
    public string Output => _log.ToString();
    private readonly System.Text.StringBuilder _log = new();

    private AppProcess(Process process) => _process = process;

    public static string AppDll => Path.Combine(AppContext.BaseDirectory, "ScriptToMovie.App.dll");

    public static AppProcess Start(IEnumerable<string> args, IDictionary<string, string> env) => StartDll(AppDll, args, env);

    /// <summary>Any built .NET program as a process (the app, or the partner app of the integration tests).</summary>
    public static AppProcess StartDll(string dll, IEnumerable<string> args, IDictionary<string, string> env)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(dll);
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        foreach (var (k, v) in env) psi.Environment[k] = v;
        var p = new AppProcess(Process.Start(psi)!);
        p._process.OutputDataReceived += (_, e) => { lock (p._log) p._log.AppendLine(e.Data); };
        p._process.ErrorDataReceived += (_, e) => { lock (p._log) p._log.AppendLine(e.Data); };
        p._process.BeginOutputReadLine();
        p._process.BeginErrorReadLine();
        return p;
    }

    public void Kill()
    {
        if (_process.HasExited) return;
        _process.Kill(entireProcessTree: true); // SIGKILL: no shutdown hooks run
        _process.WaitForExit(TestTime.Seconds(10));
    }

    public bool HasExited => _process.HasExited;

    public int Id => _process.Id;

    /// <summary>SIGKILL to this process only, as the kernel's OOM killer or `kill -9 PID` would: its children are not touched.</summary>
    public void KillAlone()
    {
        if (_process.HasExited) return;
        _process.Kill(entireProcessTree: false);
        _process.WaitForExit(TestTime.Seconds(10));
    }

    /// <summary>Settings for an app process over <paramref name="data"/> with every pipeline wait cut short, so a dead
    /// worker's lease expires in two seconds (times the test time scale).</summary>
    public static Dictionary<string, string> QuickPipeline(string data) => new()
    {
        ["DATA_DIR"] = data,
        ["PIPELINE_QUEUE_POLL_SECONDS"] = "0.2",
        ["PIPELINE_HEARTBEAT_SECONDS"] = "0.5",
        ["PIPELINE_LEASE_SECONDS"] = TestTime.SettingSeconds(2),
        ["PIPELINE_RECONCILE_SECONDS"] = "0.5",
        ["LOGIN_RATE_LIMIT"] = "1000",
    };

    public static int FreePort()
    {
        var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        var port = ((IPEndPoint)l.LocalEndpoint).Port;
        l.Stop();
        return port;
    }

    /// <summary>Polls <paramref name="url"/> until it answers 2xx; <paramref name="deadline"/> is scaled by TestTime.</summary>
    public static async Task WaitForHttpAsync(string url, TimeSpan deadline)
    {
        using var http = new HttpClient();
        deadline = TestTime.Scaled(deadline);
        var until = DateTime.UtcNow + deadline;
        while (DateTime.UtcNow < until)
        {
            try { if ((await http.GetAsync(url)).IsSuccessStatusCode) return; } catch (HttpRequestException) { }
            await Task.Delay(200);
        }
        throw new TimeoutException($"{url} did not answer within {deadline.TotalSeconds:0} s.");
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }
}
