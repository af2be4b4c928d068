using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using ScriptToMovie.App.Data;
using ScriptToMovie.App.Problems;

namespace ScriptToMovie.App.Accounts;

/// <summary>
/// Access tokens issued by another app's OpenID Connect provider (AUTH_OIDC_AUTHORITY): checked against its JWKS,
/// which JwtBearer's ConfigurationManager caches and reads again on a schedule and when a token names an unknown key
/// (the provider rotated). The caller becomes the local user matched by issuer + subject, made on first sight. Like an
/// API token, such a token reaches only routes whose scope its "scope" claim grants (docs/decisions/0125).
/// </summary>
public static class SharedAccounts
{
    public const string SchemeName = "SharedAccount";
    /// <summary>Sent beside a service token (Authorization: Bearer s2m_…) to act for the user whose access token it carries.</summary>
    public const string OnBehalfOfHeader = "S2M-On-Behalf-Of";
    public const string IssuerClaim = "shared_iss";
    private const string FailureKey = "s2m.shared-account-failure";
    private const string OwnIssuer = "script-to-movie";

    /// <summary>A JWT this app did not issue: it is for the shared-account scheme when one is configured.</summary>
    public static bool IsForeignJwt(string token)
    {
        try { return new JsonWebToken(token).Issuer is { Length: > 0 } iss && iss != OwnIssuer; }
        catch (ArgumentException) { return false; } // not a JWT (SecurityTokenMalformedException is one)
    }

    public static AuthenticationBuilder AddSharedAccounts(this AuthenticationBuilder auth)
    {
        auth.AddJwtBearer(SchemeName, _ => { });
        auth.Services.AddOptions<JwtBearerOptions>(SchemeName).Configure<SharedAccountSettings>((o, s) =>
        {
            if (!s.Enabled) return;
            o.Authority = s.Authority!.TrimEnd('/');
            o.Audience = s.Audience;
            // Plain http only for a provider on this machine (tests, a local partner); settings refuse it elsewhere.
            o.RequireHttpsMetadata = !new Uri(s.Authority!).IsLoopback;
            o.MapInboundClaims = false;
            o.AutomaticRefreshInterval = TimeSpan.FromMinutes(s.KeysRefreshMinutes);
            o.RefreshInterval = TimeSpan.FromSeconds(s.UnknownKeyRefreshSeconds);
            o.RefreshOnIssuerKeyNotFound = true;
            o.TokenValidationParameters.ClockSkew = TimeSpan.FromMinutes(1);
            o.Events = new JwtBearerEvents
            {
                // Beside a service token, the user's token travels in its own header (docs/integration.md, "Shared accounts").
                OnMessageReceived = ctx =>
                {
                    if (ctx.Request.Headers.TryGetValue(OnBehalfOfHeader, out var onBehalf) && onBehalf.ToString().Length > 0)
                        ctx.Token = onBehalf.ToString().Trim();
                    return Task.CompletedTask;
                },
                OnTokenValidated = async ctx =>
                {
                    var claims = ctx.Principal!;
                    var issuer = claims.FindFirstValue(JwtRegisteredClaimNames.Iss) ?? "";
                    var subject = claims.FindFirstValue(JwtRegisteredClaimNames.Sub) ?? "";
                    if (subject.Length == 0) { Refuse(ctx, "This access token names no user (it has no \"sub\")."); return; }
                    var users = ctx.HttpContext.RequestServices.GetRequiredService<SharedAccountUsers>();
                    var (userId, refusal) = await users.FindOrCreateAsync(issuer, subject,
                        claims.FindFirstValue("email"), claims.FindFirstValue("name"), ctx.HttpContext.RequestAborted);
                    if (refusal is not null) { Refuse(ctx, refusal); return; }
                    var local = new List<Claim> { new("sub", userId.ToString()), new(IssuerClaim, issuer) };
                    local.AddRange(Scopes(claims).Select(scope => new Claim(ApiTokenAuthentication.ScopeClaim, scope)));
                    ctx.Principal = new ClaimsPrincipal(new ClaimsIdentity(local, SchemeName));
                },
                OnAuthenticationFailed = ctx =>
                {
                    ctx.HttpContext.Items[FailureKey] ??= ctx.Exception is SecurityTokenExpiredException
                        ? "This access token has expired. Get a new one from your sign-in provider."
                        : "This access token is not valid here: its signature, issuer or audience does not match this server's shared sign-in.";
                    return Task.CompletedTask;
                },
                OnChallenge = async ctx =>
                {
                    ctx.HandleResponse();
                    ctx.Response.StatusCode = 401;
                    ctx.Response.Headers.WWWAuthenticate = "Bearer";
                    await ProblemResponses.Problem(401, Failure(ctx.HttpContext) ?? "Send an access token: Authorization: Bearer ….").ExecuteAsync(ctx.HttpContext);
                },
                OnForbidden = async ctx =>
                {
                    ctx.Response.StatusCode = 403;
                    await ProblemResponses.Problem(403, "This access token is not allowed to do that.").ExecuteAsync(ctx.HttpContext);
                },
            };
        });
        // After JwtBearer's own post-configuration has made the ConfigurationManager: a key the provider took out of
        // its JWKS stops working at the next read, instead of living on for an hour as the "last known good" one.
        auth.Services.PostConfigure<JwtBearerOptions>(SchemeName, o =>
        {
            if (o.ConfigurationManager is BaseConfigurationManager manager) manager.UseLastKnownGoodConfiguration = false;
        });
        auth.Services.AddScoped<SharedAccountUsers>();
        return auth;
    }

    /// <summary>Why the shared-account check refused the request, as a sentence for the caller.</summary>
    public static string? Failure(HttpContext http) => http.Items[FailureKey] as string;

    /// <summary>Our scopes the token grants: its "scope" (space-separated, RFC 8693/9068) or "scp" claims.</summary>
    public static IReadOnlyList<string> Scopes(ClaimsPrincipal token) =>
        token.FindAll("scope").Concat(token.FindAll("scp"))
            .SelectMany(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(ApiScopes.All.Contains).Distinct().ToList();

    private static void Refuse(TokenValidatedContext ctx, string message)
    {
        ctx.HttpContext.Items[FailureKey] = message;
        ctx.Fail(message);
    }
}

/// <summary>Finds the local user of a provider's (issuer, subject), or makes one with the token's email and name.</summary>
public sealed class SharedAccountUsers(AppDb db, TimeProvider clock)
{
    public async Task<(int UserId, string? Refusal)> FindOrCreateAsync(string issuer, string subject, string? email, string? name, CancellationToken ct)
    {
        if (await Known(issuer, subject, ct) is { } known) return (known, null);
        var address = string.IsNullOrWhiteSpace(email) ? Placeholder(issuer, subject) : email.Trim().ToLowerInvariant();
        // An email that already has an account here is not proof enough to take it over: whoever controls the other
        // provider could mint that email for anyone (decision 0125). The owner keeps their password sign-in.
        if (await db.Users.AnyAsync(u => u.Email == address, ct))
            return (0, $"{address} already has a Script-to-Movie account of its own, so a sign-in from {issuer} can't use it. "
                       + "Sign in to Script-to-Movie with your password instead, or use another email with that provider.");
        var now = clock.GetUtcNow().UtcDateTime;
        var user = new User { Email = address, Name = string.IsNullOrWhiteSpace(name) ? address : name.Trim(), PasswordHash = "", CreatedAt = now };
        try
        {
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                db.ChangeTracker.Clear();
                user.Id = 0;
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                db.Users.Add(user);
                await db.SaveChangesAsync(ct);
                db.SharedAccounts.Add(new SharedAccount { UserId = user.Id, Issuer = issuer, Subject = subject, CreatedAt = now });
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
            });
        }
        catch (DbUpdateException)
        {
            // Two first requests at once: the other made the user; use theirs.
            db.ChangeTracker.Clear();
            if (await Known(issuer, subject, ct) is { } made) return (made, null);
            throw;
        }
        return (user.Id, null);
    }

    private Task<int?> Known(string issuer, string subject, CancellationToken ct) =>
        db.SharedAccounts.AsNoTracking().Where(a => a.Issuer == issuer && a.Subject == subject).Select(a => (int?)a.UserId).FirstOrDefaultAsync(ct);

    /// <summary>Users need a unique email; a provider that sends none gets one that can never receive mail (.invalid).</summary>
    private static string Placeholder(string issuer, string subject) =>
        $"{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(issuer + "\n" + subject)))[..16]}@shared-account.invalid";
}
