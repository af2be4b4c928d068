using Constructs;

namespace ScriptToMovie.Infra;

/// <summary>
/// What differs between staging and production: sizes, counts and the web address. Everything else is the same
/// class, so staging rehearses exactly what production runs. Values come from the CDK context
/// (`-c staging.domain=…` on the command line, or cdk.json), with the defaults below.
/// </summary>
public sealed record StageSettings(
    string Name,
    string Domain,
    string CertificateArn,
    string ImageTag,
    bool IsProduction,
    bool Paused = false,
    IReadOnlyDictionary<string, string>? Providers = null)
{
    // Paused: the services exist with no task running, for the first deploy, before an image is in the repository.
    public int ApiTasks => Paused ? 0 : IsProduction ? 2 : 1;
    public int MinWorkers => Paused ? 0 : IsProduction ? 2 : 1;
    public int MaxWorkers => IsProduction ? 8 : 2;
    public int NatGateways => IsProduction ? 2 : 1;

    /// <summary>Seconds the load balancer keeps a quiet connection open: the progress stream (SSE) sends a keep-alive well within it.</summary>
    public const int IdleTimeoutSeconds = 3600;

    /// <summary>The stage's settings, or null when its domain and certificate are not given (that stage is then not synthesized).</summary>
    public static StageSettings? TryFrom(Node node, string stage) =>
        node.TryGetContext($"{stage}.domain") is string { Length: > 0 } || node.TryGetContext($"{stage}.certificateArn") is string { Length: > 0 }
            ? From(node, stage)
            : null;

    public static StageSettings From(Node node, string stage)
    {
        string Context(string key, string fallback) => node.TryGetContext($"{stage}.{key}") as string is { Length: > 0 } v ? v : fallback;
        var domain = Context("domain", "");
        var certificate = Context("certificateArn", "");
        if (domain.Length == 0 || certificate.Length == 0)
            throw new ArgumentException(
                $"The {stage} stack needs its web address and its HTTPS certificate: run cdk with " +
                $"-c {stage}.domain=movies-{stage}.example.com -c {stage}.certificateArn=arn:aws:acm:REGION:ACCOUNT:certificate/ID " +
                "(docs/deploy/aws.md, step 4, says how to get the certificate).");
        // Who makes clips, pictures and reads scripts: the offline defaults unless the context names a provider.
        var providers = new Dictionary<string, string>();
        foreach (var (key, setting) in new[] { ("videoProvider", "VIDEO_PROVIDER"), ("imageProvider", "IMAGE_PROVIDER"), ("analyzer", "ANALYZER") })
            if (Context(key, "") is { Length: > 0 } value) providers[setting] = value;
        return new StageSettings(stage, domain, certificate, Context("imageTag", "latest"), stage == "production",
            Context("paused", "false") == "true", providers);
    }
}
