namespace ScriptToMovie.Screenplay;

/// <summary>Groups a reader's flat element list into scenes and counts who speaks where.</summary>
internal static class DocumentAssembler
{
    public static ScreenplayDocument Assemble(ReadResult read, string format)
    {
        var preamble = new List<ScriptElement>();
        var scenes = new List<SceneBlock>();
        var characterOrder = new List<string>();
        var speeches = new Dictionary<string, (int Count, List<int> Scenes)>(StringComparer.Ordinal);

        var drafts = read.Elements;
        int i = 0;
        while (i < drafts.Count && drafts[i].Type != ElementTypes.SceneHeading)
        {
            CountSpeaker(drafts[i], 0);
            preamble.Add(drafts[i++].ToElement());
        }

        while (i < drafts.Count)
        {
            var heading = drafts[i];
            int number = scenes.Count + 1;
            var elements = new List<ScriptElement> { heading.ToElement() };
            var speakers = new List<string>();
            int endLine = heading.EndLine;
            i++;
            while (i < drafts.Count && drafts[i].Type != ElementTypes.SceneHeading)
            {
                var d = drafts[i++];
                if (CountSpeaker(d, number) is { } name && !speakers.Contains(name)) speakers.Add(name);
                elements.Add(d.ToElement());
                endLine = Math.Max(endLine, d.EndLine);
            }
            var parts = SceneHeadingParts.Parse(heading.Text);
            scenes.Add(new SceneBlock(number, heading.SceneNumber, heading.Text, parts.Interior, parts.Location,
                parts.TimeOfDay, speakers, heading.Line, endLine, elements));
        }

        var messages = read.Messages;
        if (scenes.Count == 0 && drafts.Count > 0)
            messages.Add(new ParseMessage("No scene heading (such as INT. KITCHEN - DAY) was found, so the text was read as a fragment without scenes.", null));

        var characters = characterOrder
            .Select(n => new CharacterSummary(n, speeches[n].Count, speeches[n].Scenes))
            .ToList();

        string? title = null;
        if (read.TitlePage.TryGetValue("Title", out var t))
        {
            var oneLine = string.Join(' ', t.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            if (oneLine.Length > 0) title = oneLine;
        }

        return new ScreenplayDocument(title, read.TitlePage, format, messages, scenes, preamble, characters)
        {
            Boneyards = read.Boneyards,
            TitlePageLines = read.TitlePageLines,
        };

        string? CountSpeaker(ElementDraft d, int sceneNumber)
        {
            if (d.Type != ElementTypes.Character || string.IsNullOrEmpty(d.Character)) return null;
            var name = d.Character;
            if (!speeches.TryGetValue(name, out var entry))
            {
                entry = (0, []);
                characterOrder.Add(name);
            }
            if (sceneNumber > 0 && (entry.Scenes.Count == 0 || entry.Scenes[^1] != sceneNumber)) entry.Scenes.Add(sceneNumber);
            speeches[name] = (entry.Count + 1, entry.Scenes);
            return name;
        }
    }
}
