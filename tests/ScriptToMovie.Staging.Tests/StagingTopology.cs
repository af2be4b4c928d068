using System.Diagnostics;
using System.Net;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace ScriptToMovie.Staging.Tests;

/// <summary>
/// compose.yaml + compose.offline.yaml in the Staging profile on a private Docker daemon, from a clean state: a TLS
/// proxy with a self-signed certificate, the API with --no-worker, two workers, MariaDB requiring TLS, Redis and
/// s3rver. Torn down (containers, networks, volumes, then the daemon) whatever happens; safe to run again.
/// Each phase's time is written to the test log and to artifacts/test-results/staging-rehearsal-times.txt.
/// </summary>
public sealed class StagingTopology : IAsyncLifetime
{
    public const int HttpsPort = 8431;
    public const int S3Port = 8434;
    public const string Project = "s2m-rehearsal";
    public const string DbRootPassword = "rehearsal-root-password";

    public static readonly string Root = FindRoot();
    public Uri BaseUrl { get; } = new($"https://127.0.0.1:{HttpsPort}");
    public string S3PublicEndpoint { get; } = $"http://127.0.0.1:{S3Port}";
    public string CaCertificate => Path.Combine(tls, "fullchain.pem");
    public IReadOnlyDictionary<string, string> ComposeEnv => env;
    public List<(string Phase, TimeSpan Took)> Times { get; } = [];

    private readonly string tls = Directory.CreateTempSubdirectory("s2m-rehearsal-tls-").FullName;
    private readonly string emptyEnvFile = Path.GetTempFileName();
    private readonly Dictionary<string, string> env = new();
    private readonly Stopwatch total = Stopwatch.StartNew();

    public async Task InitializeAsync()
    {
        var daemon = (await Phase("docker daemon (install docker.io, debootstrap, docker-compose if missing; start dockerd)", () =>
            Shell.RunAsync(Script, ["daemon-start"], timeout: TimeSpan.FromMinutes(5)))).EnsureSuccess("docker-offline.sh daemon-start");
        env["DOCKER_HOST"] = daemon.Output.Split('\n').Select(l => l.Trim()).Last(l => l.StartsWith("export DOCKER_HOST=", StringComparison.Ordinal))["export DOCKER_HOST=".Length..];
        env["COMPOSE_PROJECT_NAME"] = Project;
        env["S2M_ENVIRONMENT"] = "Staging";
        env["DB_PASSWORD"] = "rehearsal-db-password";
        env["DB_ROOT_PASSWORD"] = DbRootPassword;
        env["S3_SECRET_KEY"] = "rehearsal-s3-secret";
        env["JWT_SECRET"] = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        env["PUBLIC_URL"] = $"https://localhost:{HttpsPort}";
        env["HTTPS_PORT"] = HttpsPort.ToString();
        env["S3_PORT"] = S3Port.ToString();
        env["S3_PUBLIC_ENDPOINT"] = S3PublicEndpoint;
        env["TLS_DIR"] = tls;
        env["S2M_IMAGE_TAG"] = "rehearsal";
        // A killed worker's run is picked up after one lease: seconds here, a minute in a real deployment.
        env["PIPELINE_LEASE_SECONDS"] = TestTime.SettingSeconds(5);
        env["PIPELINE_HEARTBEAT_SECONDS"] = "1";
        env["PIPELINE_RECONCILE_SECONDS"] = "1";
        env["PIPELINE_QUEUE_POLL_SECONDS"] = "0.5";
        env["LOGIN_RATE_LIMIT"] = "1000";

        // Whatever an earlier run left (it may have been killed before its teardown) goes first.
        await Phase("clean Docker state (compose down -v)", () => Compose(["down", "-v", "--remove-orphans", "--timeout", "1"], TimeSpan.FromMinutes(2)));
        (await Phase("base images (debootstrap bookworm, Debian packages, .NET runtime; reused when present)", () =>
            Shell.RunAsync(Script, ["base"], timeout: TimeSpan.FromMinutes(15)))).EnsureSuccess("docker-offline.sh base");
        (await Phase("app published on the host into local/s2m-prebuilt", () =>
            Shell.RunAsync(Script, ["prebuilt"], timeout: TimeSpan.FromMinutes(10)))).EnsureSuccess("docker-offline.sh prebuilt");
        WriteSelfSignedCertificate();
        (await Phase("app image built from the Dockerfile (compose build api)", () => Compose(["build", "api"], TimeSpan.FromMinutes(10))))
            .EnsureSuccess("docker-compose build");
        (await Phase("compose up -d (health-gated: db, redis, s3 → api → workers, proxy)", () =>
            Compose(["up", "-d", "--no-build"], TimeSpan.FromMinutes(5)))).EnsureSuccess("docker-compose up");
        await Phase("https://…/readyz answers 200 through the proxy", async () =>
        {
            await WaitForReadyAsync();
            return new ShellResult(0, "");
        });
    }

    public async Task DisposeAsync()
    {
        try
        {
            if (env.ContainsKey("DOCKER_HOST"))
            {
                var logs = await Compose(["logs", "--no-color", "--tail", "200"], TimeSpan.FromMinutes(1));
                await File.WriteAllTextAsync(Path.Combine(ResultsDirectory, "staging-rehearsal-compose.log"), logs.Output);
                await Phase("teardown (compose down -v)", () => Compose(["down", "-v", "--remove-orphans", "--timeout", "2"], TimeSpan.FromMinutes(2)));
            }
        }
        finally
        {
            await Phase("dockerd stopped", () => Shell.RunAsync(Script, ["daemon-stop"], timeout: TimeSpan.FromMinutes(1)));
            Times.Add(("whole rehearsal", total.Elapsed));
            var report = string.Join('\n', Times.Select(t => $"{t.Took.TotalSeconds,7:0.0} s  {t.Phase}"));
            Console.WriteLine("staging rehearsal times:\n" + report);
            await File.WriteAllTextAsync(Path.Combine(ResultsDirectory, "staging-rehearsal-times.txt"), report + "\n");
            Directory.Delete(tls, recursive: true);
            File.Delete(emptyEnvFile);
        }
    }

    /// <summary>docker-compose with the rehearsal's files, project and settings (never a developer's .env).</summary>
    public Task<ShellResult> Compose(IEnumerable<string> args, TimeSpan? timeout = null, IReadOnlyDictionary<string, string>? extraEnv = null)
    {
        var e = new Dictionary<string, string>(env);
        foreach (var (k, v) in extraEnv ?? new Dictionary<string, string>()) e[k] = v;
        return Shell.RunAsync("docker-compose",
            ["--env-file", emptyEnvFile, "-f", Path.Combine(Root, "compose.yaml"), "-f", Path.Combine(Root, "compose.offline.yaml"), .. args],
            e, timeout ?? TimeSpan.FromMinutes(2), Root);
    }

    public Task<ShellResult> Docker(params string[] args) => Shell.RunAsync(DockerClient, args, env, TimeSpan.FromMinutes(1));

    /// <summary>A query as MariaDB's root inside the db container (over its socket); tab-separated rows.</summary>
    public async Task<string[][]> SqlAsync(string sql)
    {
        var r = (await Compose(["exec", "-T", "db", "mariadb", "-uroot", $"-p{DbRootPassword}", "-N", "-B", "script_to_movie", "-e", sql]))
            .EnsureSuccess($"mariadb -e \"{sql}\"");
        return r.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t')).ToArray();
    }

    /// <summary>A client that trusts the proxy's self-signed certificate, with a session cookie jar.</summary>
    public HttpClient Client(bool followRedirects = true) => new(new SocketsHttpHandler
    {
        AllowAutoRedirect = followRedirects,
        CookieContainer = new CookieContainer(),
        SslOptions = new SslClientAuthenticationOptions { RemoteCertificateValidationCallback = (_, c, _, _) => c is not null && Trusted(c) },
    })
    { BaseAddress = BaseUrl, Timeout = TimeSpan.FromMinutes(1) };

    private bool Trusted(X509Certificate presented) =>
        X509Certificate2.CreateFromPem(File.ReadAllText(CaCertificate)).RawData.AsSpan().SequenceEqual(presented.GetRawCertData());

    private async Task WaitForReadyAsync()
    {
        using var http = Client();
        var until = DateTime.UtcNow + TestTime.Seconds(120);
        var last = "";
        while (DateTime.UtcNow < until)
        {
            try
            {
                var r = await http.GetAsync("/readyz");
                if (r.StatusCode == HttpStatusCode.OK) return;
                last = $"{(int)r.StatusCode} {await r.Content.ReadAsStringAsync()}";
            }
            catch (HttpRequestException e) { last = e.Message; }
            await Task.Delay(500);
        }
        var ps = await Compose(["ps"]);
        throw new TimeoutException($"{BaseUrl}readyz did not answer 200 within {TestTime.Seconds(120).TotalSeconds:0} s (last: {last}).\n{ps.Output}");
    }

    private void WriteSelfSignedCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        using var cert = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(7));
        File.WriteAllText(Path.Combine(tls, "fullchain.pem"), cert.ExportCertificatePem());
        File.WriteAllText(Path.Combine(tls, "privkey.pem"), key.ExportPkcs8PrivateKeyPem());
        // nginx reads them as www-data inside the container (the temporary folder is the owner's only).
        if (OperatingSystem.IsWindows()) return;
        foreach (var f in Directory.GetFiles(tls)) File.SetUnixFileMode(f, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        File.SetUnixFileMode(tls, (UnixFileMode)0b111_101_101);
    }

    private async Task<ShellResult> Phase(string name, Func<Task<ShellResult>> action)
    {
        var sw = Stopwatch.StartNew();
        try { return await action(); }
        finally
        {
            Times.Add((name, sw.Elapsed));
            Console.WriteLine($"[rehearsal] {sw.Elapsed.TotalSeconds,6:0.0} s  {name}");
        }
    }

    private static string Script => Path.Combine(Root, "scripts", "docker-offline.sh");
    private static string DockerClient => File.Exists("/usr/bin/docker") ? "/usr/bin/docker" : "docker";

    private static string ResultsDirectory
    {
        get
        {
            var d = Path.Combine(Root, "artifacts", "test-results");
            Directory.CreateDirectory(d);
            return d;
        }
    }

    private static string FindRoot()
    {
        var d = new DirectoryInfo(AppContext.BaseDirectory);
        while (d is not null && !File.Exists(Path.Combine(d.FullName, "compose.yaml"))) d = d.Parent;
        return d?.FullName ?? throw new InvalidOperationException($"compose.yaml not found above {AppContext.BaseDirectory}");
    }
}
