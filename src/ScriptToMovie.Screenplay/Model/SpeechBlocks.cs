namespace ScriptToMovie.Screenplay;

internal static class SpeechBlocks
{
    /// <summary>The index of the cue of the speech that the list ends with, or null when it does not end with
    /// one. Only the cue's own lines count: lyrics standing alone (no speaker) are not part of a speech.</summary>
    public static int? StartOfLast(List<ElementDraft> elements)
    {
        for (int k = elements.Count - 1; k >= 0; k--)
        {
            var e = elements[k];
            // A speech that is already one side of a dual pair cannot take a second partner.
            if (e.Type == ElementTypes.Character) return e.Dual == true ? null : k;
            if (!ElementTypes.IsSpeech(e.Type) || e.Character == null) return null;
        }
        return null;
    }
}
