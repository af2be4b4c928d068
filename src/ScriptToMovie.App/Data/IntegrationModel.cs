using Microsoft.EntityFrameworkCore;

namespace ScriptToMovie.App.Data;

/// <summary>The tables another app's access needs: API tokens, idempotency keys and users shared with another app's identity provider.</summary>
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
        b.Entity<SharedAccount>(e =>
        {
            e.ToTable("sharedAccounts");
            e.HasOne<User>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
            e.Property(a => a.Issuer).HasMaxLength(300);
            e.Property(a => a.Subject).HasMaxLength(255);
            e.HasIndex(a => new { a.Issuer, a.Subject }).IsUnique();
            e.HasIndex(a => a.UserId);
        });
        b.Entity<Project>(e =>
        {
            e.Property(p => p.ExternalRef).HasMaxLength(200);
            e.HasIndex(p => new { p.UserId, p.ExternalRef });
        });
    }
}
