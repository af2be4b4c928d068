using ScriptToMovie.Screenplay;

namespace ScriptToMovie.Analysis.Tests;

/// <summary>The real screenplays in shared/ beside the repository, as xunit data, and small scripts broken down.</summary>
public static class Screenplays
{
    public const string CoffeeShop = "FADE IN:\n\nINT. COFFEE SHOP - MORNING\n\nALICE sits alone at a table.\n\nALICE\nI have been waiting for hours.\n\nBOB enters, out of breath.\n\nBOB\nSorry I am late. Traffic was terrible.\n\nFADE OUT.";

    public static readonly string[] Fountain =
    [
        "Brick-and-Steel.fountain", "Printing-Trouble.fountain", "THE_LIBRARY_FREAK-OUT.fountain", "The-Last-Birthday-Card.fountain",
        "Barrier_15-S01E01-The-Phoenix-Child.fountain", "Charade-1963-loose.fountain",
    ];

    public static TheoryData<string> All => new(Fountain);

    public static string Read(string name) => File.ReadAllText(Path.Combine(SharedFolder(), "screenplays", name));

    public static ScriptBreakdown Breakdown(string script) => ScriptBreakdown.From(ScreenplayReader.ReadText(script));

    private static string SharedFolder()
    {
        // The test command sets S2M_SHARED_DIR when shared/ is not above the repository.
        if (Environment.GetEnvironmentVariable("S2M_SHARED_DIR") is { Length: > 0 } named && Directory.Exists(Path.Combine(named, "screenplays"))) return named;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(Path.Combine(candidate, "screenplays"))) return candidate;
        }
        throw new DirectoryNotFoundException("The shared/ folder beside the repository was not found; set S2M_SHARED_DIR.");
    }
}
