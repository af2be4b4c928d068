namespace ScriptToMovie.Media.Speech;

public enum Gender
{
    Unknown,
    Female,
    Male,
}

/// <summary>
/// A guess at whether a character should get a woman's or a man's voice, from the words of their
/// description first (pronouns are the strongest hint), then their name or title.
/// </summary>
public static class CharacterGender
{
    private static readonly HashSet<string> FemaleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "she", "her", "hers", "herself", "woman", "women", "girl", "girls", "lady", "ladies", "female", "mother",
        "mom", "mum", "mommy", "mama", "wife", "daughter", "sister", "aunt", "auntie", "grandmother", "grandma",
        "granny", "nan", "queen", "princess", "actress", "waitress", "mrs", "ms", "miss", "madam", "madame",
        "girlfriend", "bride", "niece", "nun", "duchess", "widow", "heroine", "sis", "gal", "lass",
    };

    private static readonly HashSet<string> MaleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "he", "him", "his", "himself", "man", "men", "boy", "boys", "guy", "gentleman", "male", "father", "dad",
        "daddy", "papa", "husband", "son", "brother", "uncle", "grandfather", "grandpa", "king", "prince", "mr",
        "sir", "boyfriend", "groom", "nephew", "priest", "monk", "duke", "widower", "bro", "lad", "actor", "waiter",
    };

    private static readonly HashSet<string> FemaleNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "alice", "amy", "anna", "anne", "annie", "ava", "barbara", "beth", "betty", "carol", "caroline", "charlotte",
        "chloe", "claire", "clara", "diana", "donna", "dorothy", "elena", "eleanor", "elizabeth", "ella", "ellen",
        "emily", "emma", "eva", "eve", "evelyn", "fiona", "grace", "hannah", "harriet", "helen", "holly", "isabel",
        "isabella", "jane", "janet", "jennifer", "jenny", "jess", "jessica", "joan", "judy", "julia", "julie", "karen",
        "kate", "katherine", "kathy", "kelly", "laura", "lily", "linda", "lisa", "lucy", "maggie", "margaret", "maria",
        "marie", "martha", "mary", "maya", "megan", "mia", "molly", "nancy", "natalie", "nina", "olivia", "paula",
        "rachel", "rebecca", "rose", "ruth", "sally", "samantha", "sara", "sarah", "sophia", "sophie", "stella",
        "susan", "tina", "victoria", "wendy", "zoe", "abigail", "agnes", "beatrice", "gloria", "irene", "lorraine",
        "mabel", "priya", "rosa", "sandra", "tessa", "vera", "violet", "yasmin", "nora", "hazel", "june", "ivy",
        "edna", "gladys", "peggy", "doris", "marge", "meg", "penny", "polly", "kim", "ruby", "pearl", "daisy",
    };

    public static Gender Guess(string name, string? description)
    {
        var fromDescription = Vote(Words(description));
        if (fromDescription != Gender.Unknown) return fromDescription;

        var nameWords = Words(name).ToList();
        var fromName = Vote(nameWords);
        if (fromName != Gender.Unknown) return fromName;
        return nameWords.Any(FemaleNames.Contains) ? Gender.Female : Gender.Unknown;
    }

    private static Gender Vote(IEnumerable<string> words)
    {
        int female = 0, male = 0;
        foreach (var word in words)
        {
            if (FemaleWords.Contains(word)) female++;
            else if (MaleWords.Contains(word)) male++;
        }
        return female > male ? Gender.Female : male > female ? Gender.Male : Gender.Unknown;
    }

    private static IEnumerable<string> Words(string? text) =>
        (text ?? "").Split(
            [' ', '\t', '\n', '\r', '.', ',', ';', ':', '!', '?', '(', ')', '"', '\'', '-', '/', '’'],
            StringSplitOptions.RemoveEmptyEntries);
}
