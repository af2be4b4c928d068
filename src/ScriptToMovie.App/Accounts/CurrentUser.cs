using System.Security.Claims;
using ScriptToMovie.App.Problems;

namespace ScriptToMovie.App.Accounts;

public static class CurrentUser
{
    /// <summary>The signed-in user's id; endpoints that call this require authorization.</summary>
    public static int Id(this ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue("sub") ?? user.FindFirstValue(ClaimTypes.NameIdentifier), out var id)
            ? id
            : throw new ApiProblem(401, "Please log in to continue.");
}
