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
    bool IsProduction)
{
    public int ApiTasks => IsProduction ? 2 : 1;
    public int MinWorkers => IsProduction ? 2 : 1;
    public int MaxWorkers => IsProduction ? 8 : 2;
    public int NatGateways => IsProduction ? 2 : 1;

    /// <summary>Seconds the load balancer keeps a quiet connection open: the progress stream (SSE) sends a keep-alive well within it.</summary>
    public const int IdleTimeoutSeconds = 3600;

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
        return new StageSettings(stage, domain, certificate, Context("imageTag", "latest"), stage == "production");
    }
}
