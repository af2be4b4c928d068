using ScriptToMovie.App.Settings;

namespace ScriptToMovie.App.Storage;

/// <summary>Where media live. Without a bucket the local media folder in the data directory is used, as the seed says.</summary>
public sealed record StorageSettings
{
    [Setting("AWS_ACCESS_KEY_ID", "AWS access key for S3 (or use the default credential chain: an instance or task role).", Secret = true)]
    public string? AwsAccessKeyId { get; init; }

    [Setting("AWS_SECRET_ACCESS_KEY", "AWS secret key for S3.", Secret = true)]
    public string? AwsSecretAccessKey { get; init; }

    [Setting("AWS_REGION", "The bucket's AWS region.")]
    public string AwsRegion { get; init; } = "us-east-1";

    [Setting("S3_BUCKET", "The S3 bucket for media (absent = the local media folder).")]
    public string? S3Bucket { get; init; }

    public static StorageSettings From(IConfiguration c) => SettingsBinder.Bind<StorageSettings>(c);
}
