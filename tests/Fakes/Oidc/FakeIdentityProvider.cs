using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ScriptToMovie.Fakes.Oidc;

/// <summary>
/// Another app's OpenID Connect provider, as far as a resource server sees it: a discovery document, a JWKS with
/// RSA keys it makes itself, and RS256 access tokens. Written from the specs (RFC 7517/7519, OIDC Discovery), not
/// with the IdentityModel library the app checks them with, so the two are independent. Keys rotate on demand.
/// </summary>
public sealed class FakeIdentityProvider : IAsyncDisposable
{
    private readonly object _gate = new();
    private readonly List<(string Kid, RSA Key)> _published = [];
    private (string Kid, RSA Key) _signing;
    private WebApplication? _own;
    private int _jwksReads;

    public string Issuer { get; private set; }

    public FakeIdentityProvider(string issuer)
    {
        Issuer = issuer.TrimEnd('/');
        _signing = NewKey();
        _published.Add(_signing);
    }

    /// <summary>How often the JWKS was read: a resource server that caches reads it once, not per request.</summary>
    public int JwksReads => Volatile.Read(ref _jwksReads);

    /// <summary>A provider on its own loopback port.</summary>
    public static async Task<FakeIdentityProvider> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0));
        var app = builder.Build();
        var provider = new FakeIdentityProvider("http://placeholder");
        provider.Map(app);
        await app.StartAsync();
        provider.Issuer = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        provider._own = app;
        return provider;
    }

    public void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = Issuer,
            ["jwks_uri"] = Issuer + "/jwks",
            ["authorization_endpoint"] = Issuer + "/authorize",
            ["token_endpoint"] = Issuer + "/token",
            ["response_types_supported"] = new[] { "code" },
            ["subject_types_supported"] = new[] { "public" },
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        }));
        app.MapGet("/jwks", () =>
        {
            Interlocked.Increment(ref _jwksReads);
            lock (_gate)
                return Results.Json(new { keys = _published.Select(k => Jwk(k.Kid, k.Key)).ToList() });
        });
    }

    /// <summary>A new signing key; the old one leaves the JWKS at once (<paramref name="keepOld"/> = false), as after a compromise.</summary>
    public void RotateKey(bool keepOld = false)
    {
        lock (_gate)
        {
            _signing = NewKey();
            if (!keepOld) _published.Clear();
            _published.Add(_signing);
        }
    }

    /// <summary>An access token for one of this provider's users.</summary>
    public string Issue(string subject, string? email, string? name, IEnumerable<string> scopes, string audience,
        TimeSpan? lifetime = null, string? issuer = null)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var exp = now + (long)(lifetime ?? TimeSpan.FromMinutes(10)).TotalSeconds;
        var issued = Math.Min(now, exp - 60); // an already expired token was issued before it expired
        var claims = new Dictionary<string, object>
        {
            ["iss"] = issuer ?? Issuer, ["sub"] = subject, ["aud"] = audience, ["iat"] = issued, ["nbf"] = issued,
            ["exp"] = exp, ["scope"] = string.Join(' ', scopes),
            ["client_id"] = "decode-shorts", ["jti"] = Guid.NewGuid().ToString("N"),
        };
        if (email is not null) claims["email"] = email;
        if (name is not null) claims["name"] = name;
        (string Kid, RSA Key) key;
        lock (_gate) key = _signing;
        return Sign(claims, key.Kid, key.Key);
    }

    /// <summary>A token signed by a key this provider never published (a forgery).</summary>
    public string Forge(string subject, string audience)
    {
        using var stranger = RSA.Create(2048);
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        return Sign(new Dictionary<string, object> { ["iss"] = Issuer, ["sub"] = subject, ["aud"] = audience, ["exp"] = now + 600, ["scope"] = "runs:read runs:write" },
            _signing.Kid, stranger);
    }

    private static string Sign(Dictionary<string, object> claims, string kid, RSA key)
    {
        var header = B64(JsonSerializer.SerializeToUtf8Bytes(new { alg = "RS256", typ = "at+jwt", kid }));
        var payload = B64(JsonSerializer.SerializeToUtf8Bytes(claims));
        var signature = key.SignData(Encoding.ASCII.GetBytes(header + "." + payload), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return $"{header}.{payload}.{B64(signature)}";
    }

    private static object Jwk(string kid, RSA key)
    {
        var p = key.ExportParameters(false);
        return new { kty = "RSA", use = "sig", alg = "RS256", kid, n = B64(p.Modulus!), e = B64(p.Exponent!) };
    }

    private static (string, RSA) NewKey() => (Guid.NewGuid().ToString("N")[..12], RSA.Create(2048));

    private static string B64(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public async ValueTask DisposeAsync()
    {
        if (_own is not null)
        {
            await _own.StopAsync();
            await _own.DisposeAsync();
        }
    }
}
