using Amazon.S3;
using Amazon.S3.Model;

namespace ScriptToMovie.App.Storage;

/// <summary>
/// Media in an S3 bucket (or an S3-compatible server), under "projects/{key}". Files stream from disk to the bucket
/// (in parts above <see cref="PartSize"/>) and back to disk, so no movie is ever held in memory. Local paths for
/// ffmpeg come from a cache in this process's swept work folder, checked against the object's ETag.
/// </summary>
public sealed class S3MediaStorage(IAmazonS3 s3, string bucket, string cacheRoot, TimeSpan presignLifetime, IAmazonS3? presigner = null)
    : IMediaStorage, IPresignedMedia
{
    public const string Root = "projects/";
    // S3's smallest part is 5 MiB; 16 MiB keeps a 200 MB movie to 13 requests.
    public const long PartSize = 16L * 1024 * 1024;

    public async Task PutFileAsync(string key, string localPath, CancellationToken ct = default)
    {
        var objectKey = ObjectKey(key);
        var length = new FileInfo(localPath).Length;
        if (length <= PartSize)
        {
            // Chunk encoding off: S3-compatible servers would otherwise store the aws-chunked framing in the file.
            await s3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = objectKey, FilePath = localPath, UseChunkEncoding = false }, ct);
            return;
        }
        var upload = await s3.InitiateMultipartUploadAsync(new InitiateMultipartUploadRequest { BucketName = bucket, Key = objectKey }, ct);
        try
        {
            var parts = new List<PartETag>();
            for (var (number, position) = (1, 0L); position < length; number++, position += PartSize)
            {
                var part = await s3.UploadPartAsync(new UploadPartRequest
                {
                    BucketName = bucket, Key = objectKey, UploadId = upload.UploadId, PartNumber = number,
                    FilePath = localPath, FilePosition = position, PartSize = Math.Min(PartSize, length - position),
                    UseChunkEncoding = false,
                }, ct);
                parts.Add(new PartETag(number, part.ETag));
            }
            await s3.CompleteMultipartUploadAsync(new CompleteMultipartUploadRequest
            {
                BucketName = bucket, Key = objectKey, UploadId = upload.UploadId, PartETags = parts,
            }, ct);
        }
        catch
        {
            // An abandoned upload's parts are billed until aborted.
            await s3.AbortMultipartUploadAsync(new AbortMultipartUploadRequest { BucketName = bucket, Key = objectKey, UploadId = upload.UploadId }, CancellationToken.None);
            throw;
        }
    }

    public async Task PutBytesAsync(string key, byte[] bytes, CancellationToken ct = default)
    {
        using var body = new MemoryStream(bytes, writable: false);
        await s3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = ObjectKey(key), InputStream = body, UseChunkEncoding = false }, ct);
    }

    /// <summary>The object downloaded to a temporary file that is deleted when the stream closes (callers seek).</summary>
    public async Task<Stream?> OpenReadAsync(string key, CancellationToken ct = default)
    {
        var path = Path.Combine(CacheDirectory(), Guid.NewGuid().ToString("N") + ".read");
        if (!await DownloadAsync(ObjectKey(key), path, ct)) return null;
        return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 64 * 1024, FileOptions.Asynchronous | FileOptions.DeleteOnClose);
    }

    public async Task<bool> ExistsAsync(string key, CancellationToken ct = default) => await ETagAsync(ObjectKey(key), ct) is not null;

    public async Task<string> GetLocalPathAsync(string key, CancellationToken ct = default)
    {
        var objectKey = ObjectKey(key);
        var etag = await ETagAsync(objectKey, ct) ?? throw new FileNotFoundException($"Stored file {key} is missing.");
        var path = Path.Combine(CacheDirectory(), objectKey);
        var tagFile = path + ".etag";
        if (File.Exists(path) && File.Exists(tagFile) && await File.ReadAllTextAsync(tagFile, ct) == etag) return path;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var part = path + "." + Guid.NewGuid().ToString("N") + ".part";
        if (!await DownloadAsync(objectKey, part, ct)) throw new FileNotFoundException($"Stored file {key} is missing.");
        File.Move(part, path, overwrite: true);
        await File.WriteAllTextAsync(tagFile, etag, ct);
        return path;
    }

    public async Task DeletePrefixAsync(string prefix, CancellationToken ct = default)
    {
        var objectKey = ObjectKey(prefix);
        // "projects/1" must not take "projects/12/…" with it: the key itself, then everything under "key/".
        await s3.DeleteObjectAsync(bucket, objectKey, ct);
        string? token = null;
        do
        {
            var page = await s3.ListObjectsV2Async(new ListObjectsV2Request { BucketName = bucket, Prefix = objectKey + "/", ContinuationToken = token }, ct);
            var keys = page.S3Objects ?? [];
            if (keys.Count > 0)
                await s3.DeleteObjectsAsync(new DeleteObjectsRequest
                {
                    BucketName = bucket, Objects = keys.Select(o => new KeyVersion { Key = o.Key }).ToList(),
                }, ct);
            token = page.IsTruncated == true ? page.NextContinuationToken : null;
        } while (token is not null);
    }

    public async Task<string?> PresignedUrlAsync(string key, string contentType, string? downloadName, CancellationToken ct = default,
        bool forThisServer = false)
    {
        var signer = forThisServer ? s3 : presigner ?? s3;
        var objectKey = ObjectKey(key);
        if (await ETagAsync(objectKey, ct) is null) return null;
        var request = new GetPreSignedUrlRequest
        {
            BucketName = bucket, Key = objectKey, Verb = HttpVerb.GET, Expires = DateTime.UtcNow.Add(presignLifetime),
            Protocol = signer.Config.ServiceURL?.StartsWith("http://", StringComparison.OrdinalIgnoreCase) == true ? Protocol.HTTP : Protocol.HTTPS,
        };
        request.ResponseHeaderOverrides.ContentType = contentType;
        if (downloadName is not null) request.ResponseHeaderOverrides.ContentDisposition = $"attachment; filename=\"{downloadName}\"";
        return await signer.GetPreSignedURLAsync(request);
    }

    public static string ObjectKey(string key) =>
        Root + (StorageKey.Normalize(key) ?? throw new ArgumentException("Invalid storage key.", nameof(key)));

    private async Task<string?> ETagAsync(string objectKey, CancellationToken ct)
    {
        try
        {
            return (await s3.GetObjectMetadataAsync(bucket, objectKey, ct)).ETag;
        }
        catch (AmazonS3Exception e) when (e.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    private async Task<bool> DownloadAsync(string objectKey, string path, CancellationToken ct)
    {
        try
        {
            using var response = await s3.GetObjectAsync(bucket, objectKey, ct);
            await using var file = File.Create(path);
            await response.ResponseStream.CopyToAsync(file, ct);
            return true;
        }
        catch (AmazonS3Exception e) when (e.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            File.Delete(path);
            return false;
        }
    }

    private string CacheDirectory() => Directory.CreateDirectory(cacheRoot).FullName;
}
