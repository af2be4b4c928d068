using ScriptToMovie.Media.Processes;

namespace ScriptToMovie.Media.Speech;

/// <summary>An accent espeak-ng can speak English in, e.g. en-gb-scotland "English (Scotland)".</summary>
public sealed record VoiceAccent(string Id, string Name);

/// <summary>A voice variant (espeak-ng's "+f3", "+Alicia"); <see cref="Gender"/> is "female", "male" or null.</summary>
public sealed record VoiceVariant(string Id, string Name, string? Gender);

/// <summary>What espeak-ng has installed: English accents and the variants that can be put after any of them.</summary>
public sealed record VoiceCatalog(IReadOnlyList<VoiceAccent> Accents, IReadOnlyList<VoiceVariant> Variants);

/// <summary>
/// Reads the installed espeak-ng voices once (<c>espeak-ng --voices=en</c> and <c>--voices=variant</c>) and keeps the
/// answer: the installed voices change only with the server's packages, and the list is asked for on every Characters tab.
/// </summary>
public sealed class InstalledVoices(ProcessRunner runner)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private VoiceCatalog? _catalog;

    public async Task<VoiceCatalog> ListAsync(CancellationToken ct = default)
    {
        if (_catalog is not null) return _catalog;
        await _gate.WaitAsync(ct);
        try
        {
            if (_catalog is not null) return _catalog;
            var accents = await runner.RunAsync(runner.Tools.EspeakNg, ["--voices=en"], "Listing the installed voices failed.", ct);
            var variants = await runner.RunAsync(runner.Tools.EspeakNg, ["--voices=variant"], "Listing the installed voices failed.", ct);
            return _catalog = new VoiceCatalog(ParseAccents(accents.StandardOutput), ParseVariants(variants.StandardOutput));
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// One accent per English language code. MBROLA voices (files under mb/) are left out: they need a separate
    /// diphone database that a plain espeak-ng install does not have, so they would fail when spoken.
    /// </summary>
    public static IReadOnlyList<VoiceAccent> ParseAccents(string listing) =>
        Rows(listing)
            .Where(r => r.Language.StartsWith("en", StringComparison.Ordinal) && r.Language != "variant" && !r.File.StartsWith("mb/", StringComparison.Ordinal))
            .DistinctBy(r => r.Language)
            .Select(r => new VoiceAccent(r.Language, r.Name))
            .OrderBy(a => a.Name, StringComparer.Ordinal)
            .ToList();

    public static IReadOnlyList<VoiceVariant> ParseVariants(string listing) =>
        Rows(listing)
            .Where(r => r.File.StartsWith("!v/", StringComparison.Ordinal))
            .Select(r => new VoiceVariant(r.File[3..], r.Name, r.Gender))
            .Where(v => v.Id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            .DistinctBy(v => v.Id)
            .OrderBy(v => v.Gender ?? "~").ThenBy(v => v.Id.Length > 2).ThenBy(v => v.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();

    private sealed record Row(string Language, string? Gender, string Name, string File);

    /// <summary>The table's columns: Pty, Language, Age/Gender, VoiceName, File, then other languages.</summary>
    private static IEnumerable<Row> Rows(string listing)
    {
        foreach (var line in listing.Split('\n').Skip(1))
        {
            var cells = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (cells.Length < 5) continue;
            var gender = cells[2].EndsWith("/F", StringComparison.Ordinal) ? "female" : cells[2].EndsWith("/M", StringComparison.Ordinal) ? "male" : null;
            yield return new Row(cells[1], gender, cells[3].Replace('_', ' '), cells[4]);
        }
    }
}
