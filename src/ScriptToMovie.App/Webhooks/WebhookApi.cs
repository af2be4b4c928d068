using Microsoft.EntityFrameworkCore;
using ScriptToMovie.App.Accounts;
using ScriptToMovie.App.Data;
using ScriptToMovie.App.Problems;

namespace ScriptToMovie.App.Webhooks;

public sealed record CreateWebhookRequest(string? Url, IReadOnlyList<string>? Events, string? Description);
public sealed record UpdateWebhookRequest(string? Url, IReadOnlyList<string>? Events, bool? Enabled, string? Description);
public sealed record WebhookEndpointJson(int Id, string Url, string? Description, IReadOnlyList<string> Events, bool Enabled, string? DisabledReason,
    int? ProjectId, DateTime CreatedAt, DateTime UpdatedAt, DateTime? PreviousSecretUntil);
/// <summary>The only answers that ever carry a secret: creating an endpoint and rotating its secret.</summary>
public sealed record CreatedWebhookJson(string Secret, WebhookEndpointJson Endpoint);
public sealed record RotatedWebhookSecretJson(string Secret, DateTime? PreviousSecretUntil);
public sealed record WebhookDeliveryJson(int Id, string MessageId, string EventType, string? RunId, string Status, int Attempts, int? LastStatusCode,
    string? LastError, DateTime? NextAttemptAt, DateTime? LastAttemptAt, DateTime? DeliveredAt, DateTime CreatedAt);
public sealed record WebhookDeliveryPage(IReadOnlyList<WebhookDeliveryJson> Items, int Page, int PageSize, int Total);

/// <summary>
/// A user's webhook endpoints and their delivery log. Every query filters by owner: another user's endpoint is a 404.
/// Open to a browser session and to API tokens with the webhooks:write scope.
/// </summary>
public static class WebhookApi
{
    private const int MaxEndpoints = 20;

    public static void MapWebhooks(this IEndpointRouteBuilder app)
    {
        var hooks = app.MapGroup("/api/webhooks").WithTags("Webhooks").RequireScope(ApiScopes.WebhooksWrite);

        hooks.MapPost("/", async (CreateWebhookRequest body, HttpContext http, AppDb db, WebhookSettings settings, IWebhookResolver resolver, TimeProvider clock, CancellationToken ct) =>
        {
            var userId = http.User.Id();
            var url = await CheckUrlAsync(body.Url, settings, resolver, ct);
            var events = CheckEvents(body.Events) ?? [.. WebhookEventTypes.Default];
            if (await db.WebhookEndpoints.CountAsync(w => w.UserId == userId && w.ProjectId == null, ct) >= MaxEndpoints)
                throw ApiProblem.Conflict($"You have {MaxEndpoints} webhook endpoints already. Delete one you no longer use first.");
            var now = clock.GetUtcNow().UtcDateTime;
            var endpoint = new WebhookEndpoint
            {
                UserId = userId, Url = url, Description = CheckDescription(body.Description), Events = string.Join(' ', events),
                Secret = WebhookSignature.NewSecret(), CreatedAt = now, UpdatedAt = now,
            };
            db.WebhookEndpoints.Add(endpoint);
            await db.SaveChangesAsync(ct);
            return Results.Created($"/api/webhooks/{endpoint.Id}", new CreatedWebhookJson(endpoint.Secret, Json(endpoint)));
        }).Produces<CreatedWebhookJson>(201).ProducesProblem(400).ProducesProblem(409)
          .WithDescription("Registers an endpoint and answers with its signing secret (whsec_…) once. Events: run.started, run.completed, "
                           + "run.failed, run.cancelled, scene.failed; none named = run.completed, run.failed and run.cancelled.");

        hooks.MapGet("/", async (HttpContext http, AppDb db, CancellationToken ct) =>
        {
            var userId = http.User.Id();
            var list = await db.WebhookEndpoints.AsNoTracking().Where(w => w.UserId == userId).OrderByDescending(w => w.Id).ToListAsync(ct);
            return Results.Ok(list.Select(Json).ToList());
        }).Produces<List<WebhookEndpointJson>>();

        hooks.MapPatch("/{endpointId:int}", async (int endpointId, UpdateWebhookRequest body, HttpContext http, AppDb db, WebhookSettings settings,
            IWebhookResolver resolver, TimeProvider clock, CancellationToken ct) =>
        {
            var endpoint = await OwnedAsync(db, endpointId, http, ct);
            if (body.Url is not null) endpoint.Url = await CheckUrlAsync(body.Url, settings, resolver, ct);
            if (CheckEvents(body.Events) is { } events) endpoint.Events = string.Join(' ', events);
            if (body.Description is not null) endpoint.Description = CheckDescription(body.Description);
            if (body.Enabled is { } enabled)
            {
                endpoint.Enabled = enabled;
                if (enabled) endpoint.DisabledReason = null;
            }
            endpoint.UpdatedAt = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(ct);
            return Results.Ok(Json(endpoint));
        }).Produces<WebhookEndpointJson>().ProducesProblem(400).ProducesProblem(404)
          .WithDescription("Changes the URL, the events or the description, or turns the endpoint off and on. Deliveries that waited while it was off go when it is on again.");

        hooks.MapDelete("/{endpointId:int}", async (int endpointId, HttpContext http, AppDb db, CancellationToken ct) =>
        {
            var endpoint = await OwnedAsync(db, endpointId, http, ct);
            db.WebhookEndpoints.Remove(endpoint);
            await db.SaveChangesAsync(ct);
            return Results.NoContent();
        }).Produces(204).ProducesProblem(404).WithDescription("Deletes the endpoint and its delivery log; nothing more is sent to it.");

        hooks.MapPost("/{endpointId:int}/rotate-secret", async (int endpointId, HttpContext http, AppDb db, WebhookSettings settings, TimeProvider clock, CancellationToken ct) =>
        {
            var endpoint = await OwnedAsync(db, endpointId, http, ct);
            var now = clock.GetUtcNow().UtcDateTime;
            endpoint.PreviousSecret = settings.SecretOverlap > TimeSpan.Zero ? endpoint.Secret : null;
            endpoint.PreviousSecretUntil = settings.SecretOverlap > TimeSpan.Zero ? now + settings.SecretOverlap : null;
            endpoint.Secret = WebhookSignature.NewSecret();
            endpoint.UpdatedAt = now;
            await db.SaveChangesAsync(ct);
            return Results.Ok(new RotatedWebhookSecretJson(endpoint.Secret, endpoint.PreviousSecretUntil));
        }).Produces<RotatedWebhookSecretJson>().ProducesProblem(404)
          .WithDescription("Makes a new secret and answers with it once. Until previousSecretUntil both secrets sign every event (two v1 signatures), so the receiver can switch without missing one.");

        hooks.MapPost("/{endpointId:int}/test", async (int endpointId, HttpContext http, AppDb db, TimeProvider clock, CancellationToken ct) =>
        {
            var endpoint = await OwnedAsync(db, endpointId, http, ct);
            if (!endpoint.Enabled) throw ApiProblem.Conflict("This endpoint is turned off. Turn it on to send it a test event.");
            var delivery = WebhookOutbox.AddTest(db, endpoint, clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(ct);
            return Results.Accepted($"/api/webhooks/{endpointId}/deliveries", DeliveryJson(delivery, delivery.Event!));
        }).Produces<WebhookDeliveryJson>(202).ProducesProblem(404).ProducesProblem(409)
          .WithDescription("Queues a webhook.test event for this endpoint; its delivery shows in the log within seconds.");

        hooks.MapGet("/{endpointId:int}/deliveries", async (int endpointId, HttpContext http, AppDb db, int? page, int? pageSize, string? status, CancellationToken ct) =>
        {
            await OwnedAsync(db, endpointId, http, ct);
            var size = pageSize ?? 20;
            if (size is < 1 or > 100) throw ApiProblem.BadRequest("pageSize must be from 1 to 100.");
            if (page is < 1) throw ApiProblem.BadRequest("page starts at 1.");
            if (status is not (null or WebhookDeliveryStatus.Pending or WebhookDeliveryStatus.Delivered or WebhookDeliveryStatus.Failed))
                throw ApiProblem.BadRequest("status is pending, delivered or failed.");
            var q = db.WebhookDeliveries.AsNoTracking().Where(d => d.EndpointId == endpointId && (status == null || d.Status == status));
            var total = await q.CountAsync(ct);
            var rows = await q.OrderByDescending(d => d.Id).Skip(((page ?? 1) - 1) * size).Take(size).Include(d => d.Event).ToListAsync(ct);
            return Results.Ok(new WebhookDeliveryPage(rows.Select(d => DeliveryJson(d, d.Event!)).ToList(), page ?? 1, size, total));
        }).Produces<WebhookDeliveryPage>().ProducesProblem(400).ProducesProblem(404)
          .WithDescription("The endpoint's deliveries, newest first: event, status, attempts, last HTTP status, our sentence for the last failure, next attempt.");

        hooks.MapPost("/{endpointId:int}/deliveries/{deliveryId:int}/redeliver", async (int endpointId, int deliveryId, HttpContext http, AppDb db, TimeProvider clock, CancellationToken ct) =>
        {
            var endpoint = await OwnedAsync(db, endpointId, http, ct);
            if (!endpoint.Enabled) throw ApiProblem.Conflict("This endpoint is turned off. Turn it on to send it events again.");
            var delivery = await db.WebhookDeliveries.Include(d => d.Event).FirstOrDefaultAsync(d => d.Id == deliveryId && d.EndpointId == endpointId, ct)
                           ?? throw ApiProblem.NotFound("delivery");
            // The same event (same webhook-id, so a receiver that has it already can ignore it), with a fresh schedule.
            delivery.Status = WebhookDeliveryStatus.Pending;
            delivery.Attempts = 0;
            delivery.NextAttemptAt = clock.GetUtcNow().UtcDateTime;
            delivery.ClaimToken = null;
            delivery.DeliveredAt = null;
            await db.SaveChangesAsync(ct);
            return Results.Accepted($"/api/webhooks/{endpointId}/deliveries", DeliveryJson(delivery, delivery.Event!));
        }).Produces<WebhookDeliveryJson>(202).ProducesProblem(404).ProducesProblem(409)
          .WithDescription("Sends the delivery's event again (same webhook-id), starting its retry schedule afresh.");
    }

    /// <summary>A URL for a webhook a run names (POST /api/v1/runs webhookUrl), checked like a registered one.</summary>
    public static Task<string> CheckRunUrlAsync(string url, WebhookSettings settings, IWebhookResolver resolver, CancellationToken ct) =>
        CheckUrlAsync(url, settings, resolver, ct);

    /// <summary>
    /// The endpoint of a run's webhookUrl: it hears every event of that project's runs (retries included), signed
    /// with its own secret, which the run's answer carries in its Webhook-Secret header.
    /// </summary>
    public static async Task<WebhookEndpoint> ForProjectAsync(AppDb db, int userId, int projectId, string url, DateTime now, CancellationToken ct)
    {
        var endpoint = await db.WebhookEndpoints.FirstOrDefaultAsync(w => w.ProjectId == projectId && w.Url == url, ct);
        if (endpoint is not null) return endpoint;
        endpoint = new WebhookEndpoint
        {
            UserId = userId, ProjectId = projectId, Url = url, Description = "Named by a run (webhookUrl)",
            Events = string.Join(' ', WebhookEventTypes.Subscribable), Secret = WebhookSignature.NewSecret(), CreatedAt = now, UpdatedAt = now,
        };
        db.WebhookEndpoints.Add(endpoint);
        await db.SaveChangesAsync(ct);
        return endpoint;
    }

    private static async Task<WebhookEndpoint> OwnedAsync(AppDb db, int endpointId, HttpContext http, CancellationToken ct)
    {
        var userId = http.User.Id();
        return await db.WebhookEndpoints.FirstOrDefaultAsync(w => w.Id == endpointId && w.UserId == userId, ct) ?? throw ApiProblem.NotFound("webhook endpoint");
    }

    /// <summary>At registration, for quick feedback; the check that protects is the one at connect time, on every attempt.</summary>
    private static async Task<string> CheckUrlAsync(string? url, WebhookSettings settings, IWebhookResolver resolver, CancellationToken ct)
    {
        if (url is { Length: > 2048 }) throw ApiProblem.BadRequest("A webhook URL can be at most 2048 characters.");
        Uri uri;
        try { uri = WebhookConnections.CheckUrl(url?.Trim(), settings.AllowPrivateNetworks); }
        catch (WebhookAddressRefused e) { throw ApiProblem.BadRequest(e.Message); }
        if (!settings.AllowPrivateNetworks)
        {
            System.Net.IPAddress[] addresses;
            // A name that does not resolve now is let through: every attempt resolves again, and the log says why it failed.
            try { addresses = System.Net.IPAddress.TryParse(uri.Host.Trim('[', ']'), out var literal) ? [literal] : await resolver.ResolveAsync(uri.Host, ct); }
            catch (System.Net.Sockets.SocketException) { addresses = []; }
            if (addresses.Any(a => !WebhookAddresses.IsPublic(a)))
                throw ApiProblem.BadRequest("The webhook's address is a private, loopback or otherwise special-purpose address, which webhooks may not reach.");
        }
        return uri.AbsoluteUri;
    }

    private static List<string>? CheckEvents(IReadOnlyList<string>? events)
    {
        if (events is null) return null;
        var list = events.Select(e => e.Trim()).Distinct().ToList();
        if (list.Count == 0) throw ApiProblem.BadRequest($"Choose at least one event: {string.Join(", ", WebhookEventTypes.Subscribable)}.");
        if (list.FirstOrDefault(e => !WebhookEventTypes.Subscribable.Contains(e)) is { } unknown)
            throw ApiProblem.BadRequest($"\"{unknown}\" is not an event. The events are {string.Join(", ", WebhookEventTypes.Subscribable)}.");
        return list;
    }

    private static string? CheckDescription(string? description)
    {
        var d = description?.Trim();
        if (d is { Length: > 200 }) throw ApiProblem.BadRequest("A description can be at most 200 characters.");
        return string.IsNullOrEmpty(d) ? null : d;
    }

    private static WebhookEndpointJson Json(WebhookEndpoint w) => new(w.Id, w.Url, w.Description,
        w.Events.Split(' ', StringSplitOptions.RemoveEmptyEntries), w.Enabled, w.DisabledReason, w.ProjectId, w.CreatedAt, w.UpdatedAt,
        w.PreviousSecret is null ? null : w.PreviousSecretUntil);

    private static WebhookDeliveryJson DeliveryJson(WebhookDelivery d, WebhookEvent e) => new(d.Id, e.MessageId, e.Type, e.RunId, d.Status, d.Attempts,
        d.LastStatusCode, d.LastError, d.NextAttemptAt, d.LastAttemptAt, d.DeliveredAt, d.CreatedAt);
}
