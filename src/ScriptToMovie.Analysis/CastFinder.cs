using System.Text.RegularExpressions;
using ScriptToMovie.Screenplay;

namespace ScriptToMovie.Analysis;

/// <summary>One person in the script: every speaker, plus people introduced in capitals in action lines.</summary>
public sealed class CastMember
{
    public required string Name { get; init; }
    public List<string> Aliases { get; } = [];
    public int DialogueLines { get; set; }
    /// <summary>What the script says about the character's look, in script order.</summary>
    public List<string> Looks { get; } = [];
    /// <summary>"female", "male" or null, from the name, the introduction and the pronouns near it.</summary>
    public string? Gender { get; set; }
    public IEnumerable<string> Names => Aliases.Prepend(Name);
    /// <summary>What the script says this character looks like, field by field; nothing is guessed.</summary>
    public CharacterLook Look { get; internal set; } = CharacterLook.Unknown;
    /// <summary>The person this is a look of, when the name is another character at another age (YOUNG EDWARD → EDWARD).</summary>
    public string? PersonName { get; internal set; }
    /// <summary>"young", "old", "child", "teen" or "adult" for a name with an age word in front (YOUNG EDWARD, LITTLE SUSIE).</summary>
    public string? Period { get; internal set; }
    internal Regex Mention { get; set; } = null!;
    internal int He, She;
    /// <summary>The clauses that introduce the character, cut before anyone else is named.</summary>
    internal List<string> Introduction { get; } = [];
    /// <summary>Clothes from later lines that name only this character.</summary>
    internal List<string> Worn { get; } = [];
}

/// <summary>Finds the cast of a screenplay and who is mentioned in a piece of action text.</summary>
internal static partial class CastFinder
{
    private static readonly HashSet<string> Leading = new(StringComparer.Ordinal) { "THE", "A", "AN", "AKA", "OLD", "YOUNG", "EXTREMELY", "VERY", "TWO", "THREE", "SOME" };
    private const int MaxLooks = 4;
    /// <summary>Only the first capitalised mentions introduce; later appositives are action, not looks.</summary>
    private const int IntroductionMentions = 3;

    /// <summary>Cue names that are several speakers at once (ADAM AND REGGIE), mapped to their parts.</summary>
    public static Dictionary<string, string[]> GroupCues(ScreenplayDocument doc, IReadOnlyList<CastMember> cast)
    {
        var known = cast.SelectMany(c => c.Names.Select(n => (n, c))).ToDictionary(x => x.n, x => x.c.Name, StringComparer.Ordinal);
        return doc.Characters.Select(c => c.Name).Where(n => !known.ContainsKey(n))
            .Select(n => (n, Parts: GroupParts().Split(n).Select(p => p.Trim()).Where(p => p.Length > 0).ToArray()))
            .Where(g => g.Parts.Length > 1 && g.Parts.All(known.ContainsKey))
            .ToDictionary(g => g.n, g => g.Parts.Select(p => known[p]).ToArray(), StringComparer.Ordinal);
    }

    public static List<CastMember> Find(ScreenplayDocument doc)
    {
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var c in doc.Characters) lines[c.Name] = lines.GetValueOrDefault(c.Name) + c.DialogueLines;
        var pairs = new List<(string, string)>();
        var cuePairs = new List<(string, string)>();
        foreach (var e in doc.AllElements)
        {
            if (e.Type == ElementTypes.Character && e.Character is { } speaker)
            {
                lines.TryAdd(speaker, 0);
                if (AliasMerger.FromCue(e.Text, speaker) is { } cue) cuePairs.Add(cue);
            }
            else if (e.Type == ElementTypes.Action) pairs.AddRange(AliasMerger.FromAction(e.Text));
        }

        // A declared alias counts between two speakers, or when the other name turns up on its own elsewhere:
        // REGGIE (HURT) is a direction, ROBERT (BOB) with BOB in the action is a second name.
        var capsSeen = doc.AllElements.Where(e => e.Type == ElementTypes.Action).SelectMany(e => CapsRun().Matches(e.Text).Select(m => m.Value))
            .GroupBy(v => v, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        pairs = pairs.Where(p => lines.ContainsKey(p.Item1) || lines.ContainsKey(p.Item2))
            .Concat(cuePairs.Where(p => lines.ContainsKey(p.Item2) || capsSeen.ContainsKey(p.Item2))).ToList();
        // ADAM AND REGGIE speak together; they are two people, not a third.
        var groups = lines.Keys.Select(n => (n, Parts: GroupParts().Split(n).Select(p => p.Trim()).Where(p => p.Length > 0).ToArray()))
            .Where(g => g.Parts.Length > 1 && g.Parts.All(lines.ContainsKey)).ToDictionary(g => g.n, g => g.Parts, StringComparer.Ordinal);
        foreach (var g in groups.Keys) lines.Remove(g);

        var canonical = AliasMerger.Merge(lines, pairs);
        // A voice is heard and not seen, a crowd is many people, BOTH is the two speakers before: none is a character.
        foreach (var group in canonical.GroupBy(p => p.Value).ToList())
            if (group.All(p => NotAPerson(p.Key))) foreach (var p in group) canonical.Remove(p.Key);
        var members = new Dictionary<string, CastMember>(StringComparer.Ordinal);
        foreach (var (name, canon) in canonical.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!members.TryGetValue(canon, out var m)) members[canon] = m = new CastMember { Name = canon };
            m.DialogueLines += lines.GetValueOrDefault(name);
            if (name != canon) m.Aliases.Add(name);
        }

        var order = new List<CastMember>();
        var mentions = new Dictionary<CastMember, int>();
        CastMember? lastIntroduced = null;
        void Seen(CastMember m) { if (!order.Contains(m)) order.Add(m); }
        foreach (var e in doc.AllElements)
        {
            if (e.Type == ElementTypes.Character && e.Character is { } s && canonical.TryGetValue(s, out var c)) Seen(members[c]);
            if (e.Type != ElementTypes.Action) continue;
            foreach (Match run in CapsRun().Matches(e.Text))
            foreach (var part in GroupParts().Split(PossessiveSuffix().Replace(run.Value, "")))
            {
                var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words.Length == 0) continue;
                var after = CharacterLooks.AfterIntroduction(e.Text, run.Index + run.Length) ?? Introductions.Shared(e.Text, run.Index + run.Length);
                // YOUNG EDWARD is Edward at another age: a look of its own, never folded into EDWARD's.
                var member = AnotherAge(part.Trim(), canonical, members);
                string? fullName = null;
                // A full name (BRICK BRADDOCK) only counts when the script introduces it as a person.
                member ??= Resolve(words, canonical, members, after is not null, out fullName);
                // "TEX" PENTHOLLOW: a nickname in quotes, then the surname.
                if (member is null && words.Length == 1 && QuotedNameBefore().Match(e.Text[..run.Index]) is { Success: true } q
                    && canonical.TryGetValue(q.Groups[1].Value, out var nick))
                {
                    member = members[nick];
                    fullName = $"{q.Groups[1].Value} {words[0]}";
                }
                if (member is null)
                {
                    var name = NewCharacterName(words, after is not null);
                    if (name is null) continue;
                    member = members[name] = new CastMember { Name = name };
                    canonical[name] = name;
                }
                if (fullName is not null && !member.Names.Contains(fullName))
                {
                    member.Aliases.Add(fullName);
                    canonical[fullName] = member.Name;
                }
                Seen(member);
                mentions[member] = mentions.GetValueOrDefault(member) + 1;
                var clause = Introductions.OwnClause(e.Text, run.Index, run.Length, ScriptWords.Name(member.Name));
                CountPronouns(member, clause);
                if (mentions[member] > IntroductionMentions) continue;
                if (member.Introduction.Count < 2) member.Introduction.Add(clause);
                if (Introductions.NamedAfterDescription(e.Text, run.Index) is { } described) member.Introduction.Add(described);
                // "DICK STEEL, his former partner": whoever was introduced just before is a man.
                if (after is not null && Introductions.SexOfTheOneBefore(after) is { } sexBefore && lastIntroduced is { } before && before != member)
                {
                    if (sexBefore == "male") before.He += 3; else before.She += 3;
                }
                lastIntroduced = member;
                var look = (after ?? CharacterLooks.BeforeIntroduction(e.Text, run.Index, run.Index + run.Length) ?? Introductions.AdjectivesBefore(e.Text, run.Index, run.Index + run.Length)) is { } l ? Flat().Replace(l, " ") : null;
                if (look is { Length: > 160 }) look = look[..160].TrimEnd() + "…";
                if (look is not null && member.Looks.Count < MaxLooks && !member.Looks.Contains(look)) member.Looks.Add(look);
            }
        }

        foreach (var m in members.Values)
        {
            m.Aliases.Sort(StringComparer.Ordinal);
            m.Mention = MentionPattern(m);
        }
        // "As he rattles off the long list": an action line right after a speech that opens on "he" or "she" is about the speaker.
        string? lastSpeaker = null;
        foreach (var e in doc.AllElements)
        {
            if (e.Type == ElementTypes.Character) lastSpeaker = e.Character is { } who && canonical.TryGetValue(who, out var cs) ? cs : null;
            else if (e.Type == ElementTypes.Action)
            {
                if (lastSpeaker is not null && SpeakerPronoun().Match(e.Text) is { Success: true } p)
                {
                    if (p.Groups[1].Value.Equals("he", StringComparison.OrdinalIgnoreCase)) members[lastSpeaker].He++; else members[lastSpeaker].She++;
                }
                lastSpeaker = null;
            }
            else if (e.Type is not (ElementTypes.Dialogue or ElementTypes.Parenthetical or ElementTypes.Lyrics)) lastSpeaker = null;
        }
        // Introduced in ordinary case ("Brutalia is a seven-foot Amazon of a woman"): the first such line counts.
        var sentences = doc.AllElements.Where(e => e.Type == ElementTypes.Action).SelectMany(e => ScriptWords.Sentences(e.Text)).ToList();
        foreach (var m in members.Values)
        {
            var title = ScriptWords.Name(m.Name);
            var found = sentences.Select(s => Introductions.InOrdinaryCase(s, title)).FirstOrDefault(x => x is not null);
            if (found is not null && m.Looks.Count < MaxLooks && !m.Looks.Contains(found)) m.Looks.Add(found);
        }
        // Later mentions: clothes and features in any action line that names the character.
        foreach (var e in doc.AllElements.Where(e => e.Type == ElementTypes.Action))
            foreach (var sentence in ScriptWords.Sentences(e.Text))
                foreach (var m in members.Values)
                {
                    if (m.Looks.Count >= MaxLooks || !m.Mention.IsMatch(sentence)) continue;
                    if (members.Values.Count(o => o.Mention.IsMatch(sentence)) > 1) continue; // whose coat is it? unclear
                    foreach (var wear in CharacterLooks.LaterMentions(sentence))
                        if (!m.Looks.Any(l => l.Contains(wear, StringComparison.OrdinalIgnoreCase)))
                        {
                            m.Looks.Add(wear);
                            m.Worn.Add(wear);
                        }
                }
        foreach (var m in members.Values)
        {
            if (CueKinds.PeriodOf(m.Name) is { } period)
            {
                m.Period = period.Period;
                if (canonical.TryGetValue(period.Person, out var person) && person != m.Name) m.PersonName = person;
            }
            m.Gender = PeopleWords.GenderOfName(m.Name) ?? GenderOfLooks(m.Looks.Except(m.Worn)) ?? (m.He > m.She ? "male" : m.She > m.He ? "female" : null)
                ?? PeopleWords.GenderOfFirstName(m.Name);
        }
        // One person at two ages is one sex; the rest of the look belongs to each age.
        foreach (var m in members.Values.Where(m => m.PersonName is not null))
        {
            var person = members[m.PersonName!];
            m.Gender ??= person.Gender;
            person.Gender ??= m.Gender;
        }
        foreach (var m in members.Values)
            m.Look = LookReader.Read([.. m.Looks.Except(m.Worn), .. m.Introduction, .. m.Worn], m.Gender, m.Period, ChildName().IsMatch(m.Name));

        // Speakers first in order of appearance, then anyone who never appears in a scene.
        foreach (var m in members.Values.OrderBy(m => m.Name, StringComparer.Ordinal)) Seen(m);
        return order;
    }

    /// <summary>True when <paramref name="text"/> mentions the character by any of its names.</summary>
    public static bool Mentions(CastMember member, string text) => member.Mention.IsMatch(text);

    /// <summary>Where the character is first mentioned in <paramref name="text"/>, or -1.</summary>
    public static int FirstMention(CastMember member, string text)
    {
        var m = member.Mention.Match(text);
        return m.Success ? m.Index : -1;
    }

    private static CastMember? Resolve(string[] words, Dictionary<string, string> canonical, Dictionary<string, CastMember> members, bool introduced, out string? fullName)
    {
        fullName = null;
        for (int k = 0; k < words.Length; k++)
        {
            var candidate = string.Join(' ', words[k..]);
            if (canonical.TryGetValue(candidate, out var c))
            {
                // DICK STEEL introduces STEEL by his full name.
                if (introduced && k == 1 && words.Length == 2 && IsNameWord(words[0])) fullName = string.Join(' ', words);
                return members[c];
            }
        }
        // BRICK BRADDOCK introduces BRICK; NOAH GREYSON walking in is Noah too, but only an introduction makes it a name.
        if (words.Length is 2 or 3 && canonical.TryGetValue(words[0], out var first) && words[1..].All(IsNameWord))
        {
            if (introduced) fullName = string.Join(' ', words);
            return members[first];
        }
        return null;
    }

    private static bool IsNameWord(string w) =>
        w.Length >= 2 && w.All(c => char.IsLetter(c) || c is '\'' or '-') && !Leading.Contains(w) && !PeopleWords.Ordinary.Contains(w) && !PeopleWords.NotPeople.Contains(w);

    /// <summary>A name for someone who never speaks: THE MAILMAN, or a capitalised name with an introduction.</summary>
    private static string? NewCharacterName(string[] words, bool introduced)
    {
        var rest = words.SkipWhile(w => Leading.Contains(w)).ToArray();
        if (rest.Length is 0 or > 3 || rest.Any(w => PeopleWords.NotPeople.Contains(w) || w.Any(char.IsDigit) || w.Length < 2)) return null;
        if (NotAPerson(string.Join(' ', words))) return null;
        if (PeopleWords.Roles.Contains(rest[^1])) return string.Join(' ', rest);
        if (introduced && rest.All(IsNameWord)) return string.Join(' ', rest);
        return null;
    }

    private static void CountPronouns(CastMember m, string clause)
    {
        var (he, she) = LookReader.Counts(clause);
        m.He += he;
        m.She += she;
    }

    private static bool NotAPerson(string name) => CueKinds.IsVoice(name) || CueKinds.IsCrowd(name) || CueKinds.IsBoth(name);

    /// <summary>YOUNG EDWARD when EDWARD is in the cast: that look's own member, made on first sight.</summary>
    private static CastMember? AnotherAge(string name, Dictionary<string, string> canonical, Dictionary<string, CastMember> members)
    {
        if (CueKinds.PeriodOf(name) is not { } period || !canonical.ContainsKey(period.Person)) return null;
        if (canonical.TryGetValue(name, out var known)) return members[known];
        canonical[name] = name;
        return members[name] = new CastMember { Name = name };
    }

    private static string? GenderOfLooks(IEnumerable<string> looks) => LookReader.SexOf(string.Join(' ', looks));

    private static Regex MentionPattern(CastMember m)
    {
        var alternatives = new List<string>();
        foreach (var name in m.Names)
        {
            alternatives.Add(Regex.Escape(name).Replace("\\ ", "\\s+"));
            var single = !name.Contains(' ');
            if (!(single && PeopleWords.Ordinary.Contains(name)))
                alternatives.Add(Regex.Escape(ScriptWords.Name(name)).Replace("\\ ", "\\s+"));
        }
        // YOUNG EDWARD is not a mention of EDWARD: that look is a member of its own.
        return new Regex(@"(?<![A-Za-z])(?<!\b(?:YOUNG|YOUNGER|LITTLE|OLD|OLDER|BABY|TEENAGE|ADULT|Young|Little|Old|Baby|Teenage)\s+)(?:" + string.Join('|', alternatives.Distinct().OrderByDescending(a => a.Length)) + @")(?![A-Za-z])", RegexOptions.CultureInvariant);
    }

    [GeneratedRegex(@"(?<![A-Za-z'])[A-Z][A-Z'\u2019\-]*[A-Z](?:['\u2019]S)?(?:[ ]+[A-Z][A-Z'\u2019\-]*[A-Z](?:['\u2019]S)?)*(?![A-Za-z])")] private static partial Regex CapsRun();
    [GeneratedRegex(@"['\u2019]S\b")] private static partial Regex PossessiveSuffix();
    [GeneratedRegex(@"^(?:(?:As|While|Then|And|But)\s+)?(he|she)\b", RegexOptions.IgnoreCase)] private static partial Regex SpeakerPronoun();
    [GeneratedRegex(@"\s+")] private static partial Regex Flat();
    [GeneratedRegex(@"[""\u201C]([A-Z][A-Z'\-]+)[""\u201D]\s*$")] private static partial Regex QuotedNameBefore();
    [GeneratedRegex(@"\s+(?:AND|&|OR)\s+|\s*,\s*")] private static partial Regex GroupParts();
    // BOY, LITTLE GIRL, KID 2 are children; ART GIRL or DELIVERY BOY name a grown-up by their job.
    [GeneratedRegex(@"^(?:(?:LITTLE|YOUNG|SMALL)\s+)?(?:BOY|GIRL)(?:\s*#?\d+)?$|\b(?:KID|CHILD|TODDLER|SCHOOLBOY|SCHOOLGIRL|BABY)\b")] private static partial Regex ChildName();
}
