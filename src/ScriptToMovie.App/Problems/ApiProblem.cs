using ScriptToMovie.App.Problems;

namespace ScriptToMovie.App.Problems;

/// <summary>An error meant for the user: its message is a sentence they can act on.</summary>
public sealed class ApiProblem(int status, string message) : Exception(message)
{
    public int Status { get; } = status;

    /// <summary>A stable type URI (<see cref="ProblemTypes"/>) when the status alone does not say what went wrong.</summary>
    public string? Type { get; init; }

    public static ApiProblem NotFound(string what = "project") => new(404, $"We couldn't find that {what}.");
    public static ApiProblem BadRequest(string message) => new(400, message);
    public static ApiProblem Conflict(string message) => new(409, message);
}
