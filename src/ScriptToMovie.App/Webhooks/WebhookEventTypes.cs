namespace ScriptToMovie.App.Webhooks;

/// <summary>The events an endpoint can ask for. Names only grow, like the v1 API: none is renamed or removed.</summary>
public static class WebhookEventTypes
{
    public const string RunStarted = "run.started";
    public const string RunCompleted = "run.completed";
    public const string RunFailed = "run.failed";
    public const string RunCancelled = "run.cancelled";
    public const string SceneFailed = "scene.failed";
    /// <summary>Sent only by "send test event", to that one endpoint, whatever it asked for.</summary>
    public const string Test = "webhook.test";

    public static readonly IReadOnlyList<string> Subscribable = [RunStarted, RunCompleted, RunFailed, RunCancelled, SceneFailed];

    /// <summary>What an endpoint hears when it names no events: the ends of runs, the part every integrator needs.</summary>
    public static readonly IReadOnlyList<string> Default = [RunCompleted, RunFailed, RunCancelled];
}
