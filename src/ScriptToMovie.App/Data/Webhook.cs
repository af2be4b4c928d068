namespace ScriptToMovie.App.Data;

/// <summary>
/// A receiver another app registered for events. The secret is kept as given to the user (whsec_…): the server signs
/// with it on every attempt, so unlike a token it can't be kept as a hash. After a rotation the previous secret signs
/// too until <see cref="PreviousSecretUntil"/>, so a receiver can switch without missing an event.
/// </summary>
public class WebhookEndpoint
{
    public int Id { get; set; }
    public int UserId { get; set; }
    public string Url { get; set; } = "";
    public string? Description { get; set; }
    /// <summary>Space-separated event types (run.completed run.failed …).</summary>
    public string Events { get; set; } = "";
    public bool Enabled { get; set; } = true;
    /// <summary>Why the server turned the endpoint off (a 410 from the receiver), shown until the user turns it on.</summary>
    public string? DisabledReason { get; set; }
    /// <summary>Set for an endpoint a run named with webhookUrl: it hears only that project's runs.</summary>
    public int? ProjectId { get; set; }
    public string Secret { get; set; } = "";
    public string? PreviousSecret { get; set; }
    public DateTime? PreviousSecretUntil { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}

/// <summary>
/// The outbox: one event, written in the same SaveChanges as the state change it tells of, so a crash after the
/// commit loses nothing. The body is serialised once and sent byte for byte on every attempt (it is what is signed).
/// </summary>
public class WebhookEvent
{
    public int Id { get; set; }
    /// <summary>The webhook-id header ("msg_" + 32 hex): the same on every retry, the receiver's idempotency key.</summary>
    public string MessageId { get; set; } = "";
    public int UserId { get; set; }
    public int? ProjectId { get; set; }
    public string? RunId { get; set; }
    public string Type { get; set; } = "";
    public string Body { get; set; } = "";
    public DateTime CreatedAt { get; set; }
}

/// <summary>One event on its way to one endpoint, with its attempts so far. Claimed by a worker with a conditional update.</summary>
public class WebhookDelivery
{
    public int Id { get; set; }
    public int EventId { get; set; }
    public WebhookEvent? Event { get; set; }
    public int EndpointId { get; set; }
    /// <summary>pending, delivered, failed (gave up, or the receiver answered 410)</summary>
    public string Status { get; set; } = WebhookDeliveryStatus.Pending;
    public int Attempts { get; set; }
    public DateTime? NextAttemptAt { get; set; }
    /// <summary>Which worker holds the delivery while it sends; the claim ends at <see cref="NextAttemptAt"/>.</summary>
    public string? ClaimToken { get; set; }
    public int? LastStatusCode { get; set; }
    /// <summary>Our sentence about the last failure; never the receiver's body.</summary>
    public string? LastError { get; set; }
    public DateTime? LastAttemptAt { get; set; }
    public DateTime? DeliveredAt { get; set; }
    public DateTime CreatedAt { get; set; }
}

public static class WebhookDeliveryStatus
{
    public const string Pending = "pending";
    public const string Delivered = "delivered";
    public const string Failed = "failed";
}
