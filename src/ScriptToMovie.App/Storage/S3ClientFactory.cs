using Amazon;
using Amazon.Runtime;
using Amazon.S3;

namespace ScriptToMovie.App.Storage;

/// <summary>The S3 client the settings describe: AWS itself, or an S3-compatible server at S3_ENDPOINT.</summary>
public static class S3ClientFactory
{
    public static IAmazonS3 Create(StorageSettings settings) => Create(settings, settings.S3Endpoint);

    /// <summary>
    /// The client that signs browser URLs: the same store addressed as browsers reach it (S3_PUBLIC_ENDPOINT), since a
    /// presigned URL's signature covers its host. Signing needs no network, so this client never connects.
    /// </summary>
    public static IAmazonS3? CreatePresigner(StorageSettings settings) =>
        settings.S3PublicEndpoint is { Length: > 0 } publicEndpoint ? Create(settings, publicEndpoint) : null;

    private static IAmazonS3 Create(StorageSettings settings, string? endpoint)
    {
        var config = new AmazonS3Config
        {
            ForcePathStyle = settings.S3ForcePathStyle,
            // The SDK's newer integrity checksums ride in trailers that S3-compatible servers do not all understand;
            // AWS still checks Content-MD5/SHA-256 of every request without them.
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
        };
        if (endpoint is { Length: > 0 })
        {
            config.ServiceURL = endpoint;
            config.AuthenticationRegion = settings.AwsRegion;
        }
        else config.RegionEndpoint = RegionEndpoint.GetBySystemName(settings.AwsRegion);
        // Without keys: the default chain (environment, profile, ECS task role, EC2 instance role).
        return settings.HasKeys
            ? new AmazonS3Client(new BasicAWSCredentials(settings.AwsAccessKeyId, settings.AwsSecretAccessKey), config)
            : new AmazonS3Client(config);
    }
}
