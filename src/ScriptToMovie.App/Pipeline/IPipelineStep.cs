namespace ScriptToMovie.App.Pipeline;

/// <summary>
/// One step of the pipeline. A step reads what earlier steps stored (rows, files) and stores its own
/// results; it never calls another step. It must be idempotent: run again after a crash, it skips
/// the work already completed and redoes only the rest.
/// </summary>
public interface IPipelineStep
{
    /// <summary>Which step of <see cref="PipelineOrder"/> this is.</summary>
    StepDefinition Definition { get; }

    Task RunAsync(StepContext context, CancellationToken ct);
}

/// <summary>Thrown by a step to fail it with a sentence the user sees.</summary>
public sealed class StepFailedException(string userMessage, Exception? inner = null) : Exception(userMessage, inner);
