using Amazon.S3;
using Amazon.S3.Model;
using ScriptToMovie.App.Storage;

namespace ScriptToMovie.App.Tests.Infrastructure;

/// <summary>
/// A fresh bucket on the S3-compatible server the test script starts (s3rver, S2M_TEST_S3), and the settings that
/// point the app at it. Each fixture has its own bucket, so tests never see each other's objects.
/// </summary>
public sealed class TestBucket : IAsyncLifetime
{
    public static string Endpoint => Environment.GetEnvironmentVariable("S2M_TEST_S3") is { Length: > 0 } e ? e : "http://127.0.0.1:4580";

    public string Name { get; } = $"s2m-test-{Guid.NewGuid():N}"[..30];

    public StorageSettings Storage => new()
    {
        Storage = "s3", S3Bucket = Name, S3Endpoint = Endpoint, S3ForcePathStyle = true,
        AwsAccessKeyId = "S3RVER", AwsSecretAccessKey = "S3RVER", AwsRegion = "us-east-1",
    };

    /// <summary>The same settings as .env keys, for an app or a `render` process.</summary>
    public Dictionary<string, string?> Settings => new()
    {
        ["STORAGE"] = "s3", ["S3_BUCKET"] = Name, ["S3_ENDPOINT"] = Endpoint, ["S3_FORCE_PATH_STYLE"] = "true",
        ["AWS_ACCESS_KEY_ID"] = "S3RVER", ["AWS_SECRET_ACCESS_KEY"] = "S3RVER", ["AWS_REGION"] = "us-east-1",
    };

    public IAmazonS3 Client { get; }

    public TestBucket() => Client = S3ClientFactory.Create(Storage);

    public async Task InitializeAsync()
    {
        try
        {
            await Client.PutBucketAsync(Name);
        }
        catch (HttpRequestException e)
        {
            throw new InvalidOperationException($"No S3-compatible server answers at {Endpoint}: start it with scripts/services.sh (S2M_TEST_S3 says where).", e);
        }
    }

    /// <summary>Every object key in the bucket under <paramref name="prefix"/>.</summary>
    public async Task<List<string>> KeysAsync(string prefix = "")
    {
        var keys = new List<string>();
        string? token = null;
        do
        {
            var page = await Client.ListObjectsV2Async(new ListObjectsV2Request { BucketName = Name, Prefix = prefix, ContinuationToken = token });
            keys.AddRange((page.S3Objects ?? []).Select(o => o.Key));
            token = page.IsTruncated == true ? page.NextContinuationToken : null;
        } while (token is not null);
        return keys;
    }

    public async Task DisposeAsync()
    {
        foreach (var key in await KeysAsync()) await Client.DeleteObjectAsync(Name, key);
        await Client.DeleteBucketAsync(Name);
        Client.Dispose();
    }
}
