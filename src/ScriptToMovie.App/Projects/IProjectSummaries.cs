using ScriptToMovie.App.Data;

namespace ScriptToMovie.App.Projects;

/// <summary>Where a project stands in the whole pipeline: "Parsed · 1 of 8 steps".</summary>
/// <param name="StaleScenes">Scenes an edit changed since their parts were made: the movie no longer shows them as they are.</param>
public sealed record ProjectSummary(int StepsDone, int StepsTotal, string Summary, int StaleScenes = 0);

/// <summary>
/// The pipeline's account of projects, for the project responses. Declared here and implemented in Pipeline/
/// (which already uses Projects/), so the two areas do not use each other.
/// </summary>
public interface IProjectSummaries
{
    Task<IReadOnlyDictionary<int, ProjectSummary>> ForAsync(AppDb db, IReadOnlyCollection<Project> projects, CancellationToken ct);
}
