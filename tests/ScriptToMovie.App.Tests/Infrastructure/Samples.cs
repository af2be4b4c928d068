namespace ScriptToMovie.App.Tests.Infrastructure;

public static class Samples
{
    /// <summary>The seed guide's coffee-shop test script, exactly as in its curl example.</summary>
    public const string CoffeeShop = "FADE IN:\n\nINT. COFFEE SHOP - MORNING\n\nALICE sits alone at a table.\n\nALICE\nI have been waiting for hours.\n\nBOB enters, out of breath.\n\nBOB\nSorry I am late. Traffic was terrible.\n\nFADE OUT.";

    public static string SharedFolder()
    {
        // The test command sets S2M_SHARED_DIR when shared/ is not above the repository.
        if (Environment.GetEnvironmentVariable("S2M_SHARED_DIR") is { Length: > 0 } named && Directory.Exists(Path.Combine(named, "screenplays"))) return named;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(Path.Combine(candidate, "screenplays"))) return candidate;
        }
        throw new DirectoryNotFoundException("The shared/ folder beside the repository was not found.");
    }

    public static string Screenplay(string fileName) => Path.Combine(SharedFolder(), "screenplays", fileName);
}
