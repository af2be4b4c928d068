namespace ScriptToMovie.App.Steps.Parse;

/// <summary>The offline analyser: deterministic, no network, every text built from the script itself.</summary>
public sealed class RuleBasedAnalyzer : IScriptAnalyzer
{
    public string Name => "rules";

    public async Task<ScriptDescriptions> DescribeAsync(ScriptBreakdown script, AnalysisProgress progress, CancellationToken ct)
    {
        var scenes = new Dictionary<int, SceneText>();
        foreach (var scene in script.Scenes)
        {
            ct.ThrowIfCancellationRequested();
            scenes[scene.Index] = DescribeScene(script, scene);
        }
        await progress(100, $"Described {script.Scenes.Count} scenes");
        return new ScriptDescriptions(scenes,
            script.Cast.ToDictionary(c => c.Name, c => DescribeCharacter(script, c)),
            script.Settings.ToDictionary(s => s.Name, s => DescribeSetting(script, s)));
    }

    public static SceneText DescribeScene(ScriptBreakdown script, SceneOutline scene) => SceneDescriptionWriter.Write(script, scene);
    public static string DescribeCharacter(ScriptBreakdown script, CastMember member) => CharacterLookWriter.Write(member, script.Words);
    public static string DescribeSetting(ScriptBreakdown script, SettingGroup setting) => SettingDescriptionWriter.Write(script, setting);
}
