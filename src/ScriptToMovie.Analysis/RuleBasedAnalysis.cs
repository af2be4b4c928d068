namespace ScriptToMovie.Analysis;

/// <summary>
/// The offline analyser: deterministic, no network, every text built from the script itself. The structure
/// comes from <see cref="ScriptBreakdown.From"/>; this writes the words for it. Other analysers use the single
/// describers to fill in whatever they could not write.
/// </summary>
public static class RuleBasedAnalysis
{
    public static ScriptDescriptions Describe(ScriptBreakdown script, CancellationToken ct = default)
    {
        var scenes = new Dictionary<int, SceneText>();
        foreach (var scene in script.Scenes)
        {
            ct.ThrowIfCancellationRequested();
            scenes[scene.Index] = DescribeScene(script, scene);
        }
        return new ScriptDescriptions(scenes,
            script.Cast.ToDictionary(c => c.Name, c => DescribeCharacter(script, c)),
            script.Settings.ToDictionary(s => s.Name, s => DescribeSetting(script, s)));
    }

    public static SceneText DescribeScene(ScriptBreakdown script, SceneOutline scene) => SceneDescriptionWriter.Write(script, scene);
    public static string DescribeCharacter(ScriptBreakdown script, CastMember member) => CharacterLookWriter.Write(member, script.Words);
    public static string DescribeSetting(ScriptBreakdown script, SettingGroup setting) => SettingDescriptionWriter.Write(script, setting);
}
