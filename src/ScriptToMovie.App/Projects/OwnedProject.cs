using Microsoft.EntityFrameworkCore;
using ScriptToMovie.App.Data;
using ScriptToMovie.App.Problems;

namespace ScriptToMovie.App.Projects;

public static class OwnedProject
{
    /// <summary>The project if it belongs to the user; another user's project is indistinguishable from a missing one.</summary>
    public static async Task<Project> FindOwnedAsync(this AppDb db, int projectId, int userId, CancellationToken ct) =>
        await db.Projects.FirstOrDefaultAsync(p => p.Id == projectId && p.UserId == userId, ct)
        ?? throw ApiProblem.NotFound();
}
