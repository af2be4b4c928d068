namespace ScriptToMovie.App.Storage;

/// <summary>
/// The media folder refused a write (read-only, full, or a file where a folder must be). It is the
/// installation's fault, not the scene's: the step stops with this sentence instead of failing scene by scene.
/// </summary>
public sealed class StorageFailedException(string key, Exception inner)
    : IOException($"Could not store {key}: {inner.Message}", inner)
{
    public const string UserMessage =
        "Your project's files could not be saved (the media folder is read-only or full). Free some disk space or make the media folder writable, then start the run again: finished work is kept.";

    /// <summary>The storage failure behind <paramref name="e"/>, also when a parallel loop wrapped it.</summary>
    public static StorageFailedException? In(Exception e) => e switch
    {
        StorageFailedException s => s,
        AggregateException a => a.InnerExceptions.Select(In).FirstOrDefault(x => x is not null),
        _ => e.InnerException is { } inner ? In(inner) : null,
    };
}
