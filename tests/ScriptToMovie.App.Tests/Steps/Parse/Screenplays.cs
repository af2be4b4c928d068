using ScriptToMovie.App.Tests.Infrastructure;

namespace ScriptToMovie.App.Tests.Steps.Parse;

/// <summary>The real screenplays beside the repository, as xunit data.</summary>
public static class Screenplays
{
    public static readonly string[] Fountain =
    [
        "Brick-and-Steel.fountain", "Printing-Trouble.fountain", "THE_LIBRARY_FREAK-OUT.fountain", "The-Last-Birthday-Card.fountain",
        "Barrier_15-S01E01-The-Phoenix-Child.fountain", "Charade-1963-loose.fountain",
    ];

    public static TheoryData<string> All => new(Fountain);

    public static string Read(string name) => File.ReadAllText(Samples.Screenplay(name));
}
