using System.Net.Http.Headers;
using ScriptToMovie.App.Tests.Infrastructure;

namespace ScriptToMovie.App.Tests.Integrations;

/// <summary>Another app's view of the API: a client with no cookies that sends an API token.</summary>
public static class ApiClients
{
    public static async Task<(string Token, int Id)> CreateTokenAsync(this HttpClient signedIn, params string[] scopes)
    {
        var created = await signedIn.PostJsonAsync("/api/tokens", new { name = "Decode Shorts", scopes });
        return (created.GetProperty("token").GetString()!, created.GetProperty("details").GetProperty("id").GetInt32());
    }

    public static HttpClient TokenClient(this AppFactory app, string token)
    {
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static async Task<HttpClient> PartnerAsync(this AppFactory app, params string[] scopes)
    {
        var user = await app.SignedInClientAsync();
        var (token, _) = await user.CreateTokenAsync(scopes.Length == 0 ? ["runs:write", "runs:read", "media:read"] : scopes);
        return app.TokenClient(token);
    }

    public static async Task<string> ProblemTypeAsync(this HttpResponseMessage r, int status)
    {
        await r.AssertProblemAsync(status);
        return (await r.ReadJsonAsync()).GetProperty("type").GetString()!;
    }
}
