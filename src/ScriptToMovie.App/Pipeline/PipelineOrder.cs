namespace ScriptToMovie.App.Pipeline;

/// <summary>One step of the pipeline as the rest of the app sees it: its name in the database, the routes, the
/// status JSON and the web UI; what the user reads while it runs and when it is done; what it needs first.</summary>
public sealed record StepDefinition(string Name, string Title, string Blurb, string Starting, string Done, IReadOnlyList<StepDefinition> DependsOn)
{
    /// <summary>How the project's summary names the point reached when this is the furthest step done ("Parsed").</summary>
    public string Reached { get; init; } = Title;

    public PhaseDefinition Phase => PipelineOrder.Phases.First(p => p.Steps.Contains(this));

    public override string ToString() => Name;
}

/// <summary>A seed route under /api/phases/{phase}/{id}/{action} that starts some of the phase's steps.</summary>
public sealed record PhaseAction(string Route, IReadOnlyList<StepDefinition> Steps);

/// <summary>One of the seed's three phases: its steps in order and the routes that start them.</summary>
public sealed record PhaseDefinition(string Name, string Title, IReadOnlyList<StepDefinition> Steps, IReadOnlyList<PhaseAction> Actions);

/// <summary>
/// The one place that says what the pipeline is and what comes after what. Everything else (the run executor, the
/// start routes, the status JSON, the OpenAPI document and from it the web UI) reads this file. Voices come before
/// clips because a clip lasts as long as its scene's speech.
/// </summary>
public static class PipelineOrder
{
    public static readonly StepDefinition Parse = new("parse", "Parse", "Read scenes, characters and settings",
        "Reading the script…", "Scenes, characters and settings are ready.", []) { Reached = "Parsed" };

    public static readonly StepDefinition Trailer = new("trailer", "Trailer", "Cut a short teaser from key frames",
        "Cutting the trailer…", "The trailer is ready.", [Parse]) { Reached = "Trailer ready" };

    // Kling only (offline it is done at once, free): a front view, three angles and an element per character, so
    // pictures and clips carry each character's identity; before the storyboard, whose pictures reference them.
    public static readonly StepDefinition Cast = new("cast", "Cast", "Make a cast sheet per character",
        "Making the cast sheets…", "Every character has a cast sheet.", [Parse]) { Reached = "Cast sheets made" };

    // The storyboard reuses the trailer's frames of the scenes the trailer already drew.
    public static readonly StepDefinition Storyboard = new("storyboard", "Storyboard", "Draw one frame per scene",
        "Drawing the storyboard…", "Every scene has a storyboard frame.", [Parse, Trailer]) { Reached = "Storyboard drawn" };

    public static readonly StepDefinition Prompts = new("prompts", "Prompts", "Write a video prompt per scene",
        "Writing the video prompts…", "Every scene has a video prompt.", [Storyboard]) { Reached = "Prompts written" };

    public static readonly StepDefinition Voices = new("voices", "Voices", "Speak every line of dialogue",
        "Recording the voices…", "Every line is voiced.", [Parse]) { Reached = "Voices recorded" };

    public static readonly StepDefinition Clips = new("clips", "Clips", "Make one clip per scene",
        "Making the clips…", "Every scene has a clip.", [Storyboard, Prompts, Voices]) { Reached = "Clips made" };

    public static readonly StepDefinition Assemble = new("assemble", "Assemble", "Join clips, add subtitles and chapters",
        "Assembling the movie…", "The movie is ready.", [Clips, Voices]) { Reached = "Movie ready" };

    public static readonly IReadOnlyList<PhaseDefinition> Phases =
    [
        new("script-to-trailer", "Script to trailer", [Parse, Trailer],
            [new("parse", [Parse]), new("generate-trailer", [Trailer])]),
        new("trailer-to-storyboard", "Trailer to storyboard", [Cast, Storyboard],
            [new("generate", [Cast, Storyboard])]),
        new("storyboard-to-movie", "Storyboard to movie", [Prompts, Voices, Clips, Assemble],
            [new("prompts", [Prompts]), new("generate", [Voices, Clips]), new("assemble", [Assemble])]),
    ];

    /// <summary>Every step, in the order a full run takes them.</summary>
    public static readonly IReadOnlyList<StepDefinition> All = Phases.SelectMany(p => p.Steps).ToList();

    /// <summary>The steps' names in order, as stored in pipelineSteps.name and pipelineRuns.steps.</summary>
    public static readonly IReadOnlyList<string> Steps = All.Select(s => s.Name).ToList();

    /// <summary>What a retry remakes: the clips and the movie, and first the storyboard pictures when one failed.</summary>
    public static IReadOnlyList<StepDefinition> RetrySteps(bool redrawFrames) =>
        redrawFrames ? [Storyboard, Clips, Assemble] : [Clips, Assemble];

    /// <summary>
    /// What regenerating a scene runs: the steps that remake its stale parts (frame, prompt, voice), then always a
    /// new clip and the movie.
    /// </summary>
    public static IReadOnlyList<StepDefinition> RegenerateSteps(IReadOnlyCollection<string> staleParts)
    {
        var steps = new HashSet<StepDefinition> { Clips, Assemble };
        if (staleParts.Contains("frame")) steps.Add(Storyboard);
        if (staleParts.Contains("prompt")) steps.Add(Prompts);
        if (staleParts.Contains("voice")) steps.Add(Voices);
        return All.Where(steps.Contains).ToList();
    }

    public static StepDefinition Named(string name) =>
        All.FirstOrDefault(s => s.Name == name) ?? throw new ArgumentException($"There is no pipeline step called '{name}'.", nameof(name));

    public static int IndexOf(string step) => All.ToList().FindIndex(s => s.Name == step);

    public static PhaseDefinition PhaseOf(string step) => Named(step).Phase;

    /// <summary>
    /// The steps outside <paramref name="steps"/> that must have completed before they run: their dependencies and
    /// those dependencies' own, in pipeline order.
    /// </summary>
    public static IEnumerable<StepDefinition> Prerequisites(IEnumerable<StepDefinition> steps)
    {
        var running = steps.ToHashSet();
        var needed = new HashSet<StepDefinition>();
        var queue = new Queue<StepDefinition>(running.SelectMany(s => s.DependsOn));
        while (queue.TryDequeue(out var step))
            if (!running.Contains(step) && needed.Add(step))
                foreach (var d in step.DependsOn) queue.Enqueue(d);
        return All.Where(needed.Contains);
    }

    public static IReadOnlyList<string> Names(IEnumerable<StepDefinition> steps) => steps.Select(s => s.Name).ToList();
}
