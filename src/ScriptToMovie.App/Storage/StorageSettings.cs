using System.ComponentModel.DataAnnotations;
using ScriptToMovie.App.Settings;

namespace ScriptToMovie.App.Storage;

/// <summary>
/// Where media live. STORAGE=s3, or S3_BUCKET with access keys, chooses the bucket; otherwise the local media folder
/// in the data directory, as the seed says. With STORAGE=s3 and no keys the AWS default credential chain is used
/// (an EC2 instance role or an ECS task role).
/// </summary>
public sealed record StorageSettings
{
    [Setting("STORAGE", "local or s3; absent = s3 when S3_BUCKET and AWS keys are set, else the local media folder.")]
    [AllowedValues("local", "s3")]
    public string? Storage { get; init; }

    [Setting("AWS_ACCESS_KEY_ID", "AWS access key for S3 (or use the default credential chain: an instance or task role).", Secret = true)]
    public string? AwsAccessKeyId { get; init; }

    [Setting("AWS_SECRET_ACCESS_KEY", "AWS secret key for S3.", Secret = true)]
    public string? AwsSecretAccessKey { get; init; }

    [Setting("AWS_REGION", "The bucket's AWS region.")]
    public string AwsRegion { get; init; } = "us-east-1";

    [Setting("S3_BUCKET", "The S3 bucket for media (absent = the local media folder).")]
    public string? S3Bucket { get; init; }

    [Setting("S3_ENDPOINT", "An S3-compatible server's URL (MinIO, s3rver, …); absent = AWS S3 in AWS_REGION.")]
    public string? S3Endpoint { get; init; }

    [Setting("S3_PUBLIC_ENDPOINT", "The S3-compatible server's URL as browsers reach it, when it differs from S3_ENDPOINT (e.g. inside docker compose); presigned media URLs name it.")]
    public string? S3PublicEndpoint { get; init; }

    [Setting("S3_FORCE_PATH_STYLE", "Address the bucket as ENDPOINT/bucket/key instead of bucket.ENDPOINT (most S3-compatible servers need true).")]
    public bool S3ForcePathStyle { get; init; }

    [Setting("S3_PRESIGN_SECONDS", "How long a presigned media URL handed to a browser stays valid.")]
    [Range(10, 7 * 24 * 3600)]
    public TimeSpan S3PresignLifetime { get; init; } = TimeSpan.FromMinutes(5);

    [Setting("ALLOW_LOCAL_STORAGE", "Staging/Production only: allow the local media folder (one machine, no shared bucket).")]
    public bool AllowLocalStorage { get; init; }

    public bool HasKeys => !string.IsNullOrWhiteSpace(AwsAccessKeyId) && !string.IsNullOrWhiteSpace(AwsSecretAccessKey);

    public bool UsesS3 => Storage switch
    {
        "s3" => true,
        "local" => false,
        _ => !string.IsNullOrWhiteSpace(S3Bucket) && HasKeys,
    };

    public static StorageSettings From(IConfiguration c) => SettingsBinder.Bind<StorageSettings>(c);

    /// <summary>Choices that cannot work, as sentences naming their keys.</summary>
    public IEnumerable<string> Problems()
    {
        if (UsesS3 && string.IsNullOrWhiteSpace(S3Bucket))
            yield return "STORAGE=s3 needs S3_BUCKET, the bucket's name.";
        if (string.IsNullOrWhiteSpace(AwsAccessKeyId) != string.IsNullOrWhiteSpace(AwsSecretAccessKey))
            yield return "AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY go together: set both, or neither to use the default credential chain.";
        if (S3Endpoint is { Length: > 0 } e && !(Uri.TryCreate(e, UriKind.Absolute, out var u) && u.Scheme is "http" or "https"))
            yield return $"S3_ENDPOINT must be an http or https URL such as http://127.0.0.1:4568; got '{e}'.";
        if (S3PublicEndpoint is { Length: > 0 } pe && !(Uri.TryCreate(pe, UriKind.Absolute, out var pu) && pu.Scheme is "http" or "https"))
            yield return $"S3_PUBLIC_ENDPOINT must be an http or https URL such as https://media.example.com; got '{pe}'.";
    }
}
