using ScriptToMovie.Fakes.Oidc;

namespace ScriptToMovie.Partner;

/// <summary>
/// Decode Shorts, as far as Script-to-Movie is concerned: its identity provider (discovery + JWKS on this process's
/// own address) and a "make a movie for this user" action that goes through the API like the real app would.
/// </summary>
public static class PartnerApp
{
    public const string Audience = "script-to-movie";

    public static async Task Main(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var urls = builder.Configuration["urls"] ?? throw new InvalidOperationException("Start with --urls http://127.0.0.1:<port>.");
        var identity = new FakeIdentityProvider(urls);
        identity.Map(app);
        app.MapGet("/healthz", () => Results.Ok(new { status = "ok" }));
        var webhooks = new WebhookReceiver();
        webhooks.Map(app);
        // The one thing a Decode Shorts user does here: ask for a movie of their script.
        app.MapPost("/movies", async (MovieOrder order, CancellationToken ct) =>
            Results.Ok(order.FollowByWebhook
                ? await new MovieMaker(identity, new WebhookFollower(webhooks), $"{urls.TrimEnd('/')}/webhooks/s2m").MakeAsync(order, ct)
                : await new MovieMaker(identity, new PollingFollower()).MakeAsync(order, ct)));
        await app.RunAsync();
    }
}
