using Microsoft.EntityFrameworkCore;

namespace ScriptToMovie.App.Data;

/// <summary>The tables another app's access needs: API tokens and idempotency keys.</summary>
public static class IntegrationModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<ApiToken>(e =>
        {
            e.ToTable("apiTokens");
            e.HasOne<User>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
            e.Property(t => t.Name).HasMaxLength(100);
            e.Property(t => t.TokenHash).HasMaxLength(64);
            e.HasIndex(t => t.TokenHash).IsUnique();
            e.Property(t => t.Prefix).HasMaxLength(16);
            e.Property(t => t.Scopes).HasMaxLength(200);
            e.HasIndex(t => t.UserId);
        });
        b.Entity<IdempotencyKey>(e =>
        {
            e.ToTable("idempotencyKeys");
            e.HasOne<User>().WithMany().HasForeignKey(k => k.UserId).OnDelete(DeleteBehavior.Cascade);
            e.Property(k => k.Key).HasMaxLength(255);
            e.Property(k => k.RequestHash).HasMaxLength(64);
            e.Property(k => k.RunId).HasMaxLength(64);
            e.HasIndex(k => new { k.UserId, k.Key }).IsUnique();
        });
        b.Entity<Project>(e =>
        {
            e.Property(p => p.ExternalRef).HasMaxLength(200);
            e.HasIndex(p => new { p.UserId, p.ExternalRef });
        });
    }
}
