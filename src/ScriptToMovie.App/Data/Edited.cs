namespace ScriptToMovie.App.Data;

/// <summary>
/// The comma list of fields a user edited by hand (the <c>editedFields</c> column of scenes, characters and
/// settings); a re-parse leaves those fields alone. Lives beside the rows because both the edit endpoints and
/// the parse step read it.
/// </summary>
public static class Edited
{
    public static string Mark(string? current, string field)
    {
        var set = Fields(current).ToList();
        if (!set.Contains(field)) set.Add(field);
        return string.Join(',', set);
    }

    public static bool Has(string? current, string field) => Fields(current).Contains(field);

    private static string[] Fields(string? csv) =>
        string.IsNullOrEmpty(csv) ? [] : csv.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
