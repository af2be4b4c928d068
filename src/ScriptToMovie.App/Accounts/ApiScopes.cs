namespace ScriptToMovie.App.Accounts;

/// <summary>What an API token may do. A route names the scope it needs with <see cref="RequireScope{T}"/>; a route
/// that names none is closed to tokens (a token can never, say, mint another token or change a password).</summary>
public static class ApiScopes
{
    public const string RunsWrite = "runs:write";
    public const string RunsRead = "runs:read";
    public const string MediaRead = "media:read";
    public const string WebhooksWrite = "webhooks:write";

    public static readonly IReadOnlyList<string> All = [RunsWrite, RunsRead, MediaRead, WebhooksWrite];

    /// <summary>Signed-in users may call the route; API tokens only when they carry <paramref name="scope"/>.</summary>
    public static T RequireScope<T>(this T builder, string scope) where T : IEndpointConventionBuilder =>
        builder.WithMetadata(new TokenScope(scope)).RequireAuthorization();
}

/// <summary>Endpoint metadata: the scope an API token needs here.</summary>
public sealed record TokenScope(string Scope);

/// <summary>Endpoint metadata: tokens may call this route, and what they do there checks its scope call by call.</summary>
public sealed record ScopesCheckedPerCall;
