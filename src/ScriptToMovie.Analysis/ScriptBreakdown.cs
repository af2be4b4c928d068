using System.Text.RegularExpressions;
using ScriptToMovie.Screenplay;

namespace ScriptToMovie.Analysis;

public sealed record ScenePresence(CastMember Member, bool Speaks);

/// <summary>One scene as the parser found it, with who is in it and which setting it plays in.</summary>
public sealed class SceneOutline
{
    public required int Index { get; init; }
    public required SceneBlock Block { get; init; }
    public required string SettingName { get; init; }
    /// <summary>INT or EXT, taken from the setting when the heading has none (a POV shot, BACK TO SCENE).</summary>
    public string? Interior { get; init; }
    /// <summary>The time of day that decides the light: LATER and CONTINUOUS take the previous scene's.</summary>
    public string? LightTime { get; init; }
    public required IReadOnlyList<ScenePresence> Present { get; init; }
    /// <summary>"NAME: line" per speech, one a line.</summary>
    public required string Dialogue { get; init; }
    public required int DialogueWords { get; init; }
    public required int Duration { get; init; }
    /// <summary>The scene's action paragraphs, in order.</summary>
    public required IReadOnlyList<string> Action { get; init; }
    /// <summary>Every spoken line in script order, with its parenthetical and source line: what the voices are made from.</summary>
    public required IReadOnlyList<ScriptLine> Lines { get; init; }
}

public sealed class SettingGroup
{
    public required string Name { get; init; }
    public List<int> Scenes { get; } = [];
    public List<string> Interiors { get; } = [];
    public List<string> TimesOfDay { get; } = [];
    /// <summary>The thing the place is about when its first heading or first action names it ("a floating bridge"); the frame draws it.</summary>
    public string? KeyObject { get; internal set; }
    public string? Interior => Interiors.Count switch { 0 => null, 1 => Interiors[0], _ => string.Join('/', Interiors) };
}

/// <summary>
/// The structure of a screenplay, decided by the parser and shared by every analyser: the scene list,
/// the cast with aliases, who is present in each scene, and the settings the scenes play in.
/// </summary>
public sealed partial class ScriptBreakdown
{
    public required IReadOnlyList<SceneOutline> Scenes { get; init; }
    public required IReadOnlyList<CastMember> Cast { get; init; }
    public required IReadOnlyList<SettingGroup> Settings { get; init; }
    // The rules' vocabulary is theirs, not the API's; only From builds a breakdown, and it always sets this.
    internal ScriptWords Words { get; private init; } = null!;
    public string? Title { get; init; }
    public required TitlePage TitlePage { get; init; }

    private ScriptBreakdown() { }

    /// <summary>A scene counts when a heading has at least one element after it.</summary>
    public static bool IsComplete(SceneBlock scene) =>
        scene.Elements.Any(e => e.Type is not (ElementTypes.SceneHeading or ElementTypes.Note or ElementTypes.Section or ElementTypes.Synopsis or ElementTypes.PageBreak));

    public SettingGroup SettingOf(SceneOutline scene) => Settings.First(s => s.Name == scene.SettingName);

    public int? FirstSceneOf(CastMember member) =>
        Scenes.FirstOrDefault(s => s.Present.Any(p => p.Member == member))?.Index;

    public static ScriptBreakdown From(ScreenplayDocument doc)
    {
        var words = ScriptWords.Learn(doc.AllElements.Where(e => e.Type == ElementTypes.Action).Select(e => e.Text));
        var cast = CastFinder.Find(doc);
        words.AddNames(cast.SelectMany(c => c.Names));
        var bySpeaker = new Dictionary<string, CastMember>(StringComparer.Ordinal);
        foreach (var c in cast) foreach (var n in c.Names) bySpeaker[n] = c;
        var groupCues = CastFinder.GroupCues(doc, cast).ToDictionary(g => g.Key, g => g.Value.Select(n => bySpeaker[n]).ToArray(), StringComparer.Ordinal);

        var settings = new List<SettingGroup>();
        var scenes = new List<SceneOutline>();
        string? lastLight = null;
        SceneOutline? previous = null;
        foreach (var block in doc.Scenes)
        {
            var settingName = SettingFor(block, previous, settings);
            var setting = settings.FirstOrDefault(s => s.Name == settingName);
            if (setting is null)
            {
                settings.Add(setting = new SettingGroup { Name = settingName });
                setting.KeyObject = KeyObjects.Find(block.Location.Length > 0 ? block.Location : block.Heading, block.Interior,
                    block.Elements.Where(e => e.Type == ElementTypes.Action).Take(1).Select(e => e.Text));
            }
            var interior = block.Interior ?? setting.Interior;
            var realTime = SettingNames.RealTimeOfDay(block.TimeOfDay);
            var light = realTime ?? (previous is not null && (previous.SettingName == settingName || block.TimeOfDay is not null) ? lastLight : null);
            lastLight = light;

            setting.Scenes.Add(scenes.Count);
            if (block.Interior is { } i && !setting.Interiors.Contains(i)) setting.Interiors.Add(i);
            if (SettingNames.TimeForList(realTime) is { } listed && !setting.TimesOfDay.Contains(listed)) setting.TimesOfDay.Add(listed);

            var scene = Outline(scenes.Count, block, settingName, interior, light, cast, bySpeaker, groupCues);
            scenes.Add(scene);
            previous = scene;
        }
        return new ScriptBreakdown { Scenes = scenes, Cast = cast, Settings = settings, Words = words, Title = doc.Title, TitlePage = TitlePage.From(doc) };
    }

    private static SceneOutline Outline(int index, SceneBlock block, string settingName, string? interior, string? light,
        IReadOnlyList<CastMember> cast, Dictionary<string, CastMember> bySpeaker, Dictionary<string, CastMember[]> groupCues)
    {
        // Who is here, in the order they turn up: speakers by their cue, others by a mention in action or a parenthetical.
        var firstSeen = new Dictionary<CastMember, (int Element, int At, bool Speaks)>();
        void Note(CastMember m, int element, int at, bool speaks)
        {
            if (firstSeen.TryGetValue(m, out var f)) firstSeen[m] = (f.Element, f.At, f.Speaks || speaks);
            else firstSeen[m] = (element, at, speaks);
        }
        var dialogue = new List<string>();
        var action = new List<string>();
        var spoke = new List<CastMember>();
        int words = 0;
        string? speaker = null;
        var speech = new List<string>();
        void Flush()
        {
            if (speaker is not null && speech.Count > 0) dialogue.Add($"{speaker}: {string.Join(' ', speech)}");
            speaker = null; speech.Clear();
        }
        for (int i = 0; i < block.Elements.Count; i++)
        {
            var e = block.Elements[i];
            switch (e.Type)
            {
                case ElementTypes.Character:
                    Flush();
                    speaker = e.Character;
                    // EDWARD (V.O.) is heard over the picture, not seen in it.
                    var offScreen = OffScreen().IsMatch(e.Text);
                    if (speaker is not null && bySpeaker.TryGetValue(speaker, out var who))
                    {
                        if (!offScreen) Note(who, i, 0, true);
                        spoke.Remove(who);
                        spoke.Add(who);
                    }
                    else if (speaker is not null && groupCues.TryGetValue(speaker, out var together) && !offScreen) foreach (var m in together) Note(m, i, 0, true);
                    // BOTH: the two who spoke last say it together.
                    else if (speaker is not null && CueKinds.IsBoth(speaker) && !offScreen) foreach (var m in spoke.TakeLast(2)) Note(m, i, 0, true);
                    break;
                case ElementTypes.Dialogue or ElementTypes.Lyrics:
                    var line = Whitespace().Replace(e.Text, " ").Trim();
                    if (line.Length == 0) break;
                    speech.Add(line);
                    words += ScriptWords.WordCount(line);
                    if (speaker is null && e.Character is { } c) speaker = c;
                    break;
                case ElementTypes.Parenthetical:
                    foreach (var m in cast) if (CastFinder.FirstMention(m, e.Text) is >= 0 and var at && e.Text.Contains(m.Name, StringComparison.Ordinal)) Note(m, i, at, false);
                    break;
                case ElementTypes.Action:
                    Flush();
                    action.Add(e.Text);
                    foreach (var m in cast) if (CastFinder.FirstMention(m, e.Text) is >= 0 and var at2) Note(m, i, at2, false);
                    break;
                default:
                    Flush();
                    break;
            }
        }
        Flush();
        var present = firstSeen.OrderBy(p => p.Value.Element).ThenBy(p => p.Value.At)
            .Select(p => new ScenePresence(p.Key, p.Value.Speaks)).ToList();
        var duration = SceneLength.Estimate(words, SceneLength.ActionBeats(action));
        return new SceneOutline
        {
            Index = index, Block = block, SettingName = settingName, Interior = interior, LightTime = light, Present = present,
            Dialogue = string.Join('\n', dialogue), DialogueWords = words, Duration = duration, Action = action,
            Lines = SceneDialogue.Lines(block),
        };
    }

    /// <summary>
    /// The setting a scene plays in. A heading without INT./EXT. is often not a place of its own: a POV
    /// or INSERT shot stays where the last scene was, and BACK IN THE APARTMENT returns to an earlier setting.
    /// </summary>
    private static string SettingFor(SceneBlock block, SceneOutline? previous, List<SettingGroup> settings)
    {
        var name = SettingNames.Normalize(block.Location.Length > 0 ? block.Location : block.Heading);
        if (block.Interior is not null || previous is null) return name.Length > 0 ? name : "UNKNOWN PLACE";
        var back = BackTo().Match(name);
        if (back.Success)
        {
            var rest = back.Groups[1].Value.Trim();
            if (rest is "" or "SCENE" or "PRESENT") return previous.SettingName;
            var earlier = settings.LastOrDefault(s => s.Name == rest) ?? settings.LastOrDefault(s => s.Name.EndsWith(" " + rest, StringComparison.Ordinal))
                ?? settings.LastOrDefault(s => s.Name.Contains(rest, StringComparison.Ordinal));
            return earlier?.Name ?? rest;
        }
        // Title sequences are their own picture; any other heading without INT./EXT. (a POV, "THE MAZDA",
        // "AT THE DOOR") is a shot inside the place the story is already in.
        return TitleWords().IsMatch(name) ? name : previous.SettingName;
    }

    [GeneratedRegex(@"\s+")] private static partial Regex Whitespace();
    [GeneratedRegex(@"\((?:V\.?\s?O|O\.?\s?S|O\.?\s?C|OFF|OFF[- ]?SCREEN|ON PHONE|ON THE PHONE|OVER PHONE|FILTERED|ON RADIO|ON TV|PRE-?LAP)\.?\)", RegexOptions.IgnoreCase)] private static partial Regex OffScreen();
    [GeneratedRegex(@"^BACK(?:\s+(?:IN|AT|TO|INSIDE|OUTSIDE|ON))?(?:\s+THE)?\s*(.*)$")] private static partial Regex BackTo();
    [GeneratedRegex(@"\b(?:TITLES?|CREDITS|MONTAGE|SERIES OF SHOTS|FLASHBACK|DREAM|BLACK SCREEN|BLACK)\b")] private static partial Regex TitleWords();
}
