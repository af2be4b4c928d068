namespace ScriptToMovie.Analysis;

/// <summary>
/// What the script says a character looks like, one look per person per period (YOUNG EDWARD is a look of its
/// own). Every field is null when the script does not say; nothing is guessed.
/// </summary>
/// <param name="Sex">"female", "male" or null.</param>
/// <param name="Age">The age as the script puts it, in words for a sentence: "in her thirties", "about 8", "elderly".</param>
/// <param name="Child">True for a child, false for a grown-up (teenagers are not children), null when unknown.</param>
/// <param name="Build">"tall", "heavyset", "a wiry frame"…</param>
/// <param name="Hair">"long red hair", "bald", "a grey beard"…</param>
/// <param name="Clothing">"a black robe with embroidered gold fire", "his pajamas"…</param>
/// <param name="Feature">A face or body detail the script names: "a handsome, tanned face", "a pair of dark goggles".</param>
public sealed record CharacterLook(string? Sex, string? Age, bool? Child, string? Build, string? Hair, string? Clothing, string? Feature = null)
{
    public static readonly CharacterLook Unknown = new(null, null, null, null, null, null);
}
