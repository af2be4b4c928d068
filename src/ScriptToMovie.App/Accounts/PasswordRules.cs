using System.Reflection;
using ScriptToMovie.App.Problems;

namespace ScriptToMovie.App.Accounts;

/// <summary>
/// NIST SP 800-63B: at least 8 characters, not one of the most common passwords, not the email itself; no
/// rules about digits or symbols, which only make passwords harder to remember. Each refusal is a sentence.
/// </summary>
public static class PasswordRules
{
    public const int MinLength = 8;
    public const int MaxLength = 512;

    private static readonly Lazy<HashSet<string>> Common = new(LoadCommon);

    public static string Check(string? password, string email)
    {
        if (string.IsNullOrEmpty(password) || password.Length < MinLength)
            throw ApiProblem.BadRequest($"Your password needs at least {MinLength} characters.");
        if (password.Length > MaxLength) throw ApiProblem.BadRequest($"Your password can be at most {MaxLength} characters.");
        var folded = password.Trim().ToLowerInvariant();
        var local = email.Split('@')[0];
        if (folded == email || folded == local)
            throw ApiProblem.BadRequest("Your password can't be your email address. Choose something only you would know.");
        if (Common.Value.Contains(folded))
            throw ApiProblem.BadRequest("That password is one of the most common passwords, so it is guessed first. Choose a less common one, for example a few unrelated words.");
        return password;
    }

    private static HashSet<string> LoadCommon()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("ScriptToMovie.App.Accounts.common-passwords.txt")
                           ?? throw new InvalidOperationException("The common-passwords list is missing from the build.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length > 0 && !line.StartsWith('#')) set.Add(line.ToLowerInvariant());
        }
        return set;
    }
}
