using Microsoft.EntityFrameworkCore;

namespace ScriptToMovie.App.Data;

/// <summary>The webhook tables: endpoints, the outbox of events, and each event's deliveries.</summary>
public static class WebhookModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<WebhookEndpoint>(e =>
        {
            e.ToTable("webhookEndpoints");
            e.HasOne<User>().WithMany().HasForeignKey(w => w.UserId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Project>().WithMany().HasForeignKey(w => w.ProjectId).OnDelete(DeleteBehavior.Cascade);
            e.Property(w => w.Url).HasMaxLength(2048);
            e.Property(w => w.Description).HasMaxLength(200);
            e.Property(w => w.Events).HasMaxLength(300);
            e.Property(w => w.DisabledReason).HasMaxLength(300);
            e.Property(w => w.Secret).HasMaxLength(100);
            e.Property(w => w.PreviousSecret).HasMaxLength(100);
            e.HasIndex(w => w.UserId);
        });
        b.Entity<WebhookEvent>(e =>
        {
            e.ToTable("webhookEvents");
            e.HasOne<User>().WithMany().HasForeignKey(w => w.UserId).OnDelete(DeleteBehavior.Cascade);
            e.Property(w => w.MessageId).HasMaxLength(40);
            e.HasIndex(w => w.MessageId).IsUnique();
            e.Property(w => w.RunId).HasMaxLength(64);
            e.Property(w => w.Type).HasMaxLength(64);
            e.HasIndex(w => w.UserId);
        });
        b.Entity<WebhookDelivery>(e =>
        {
            e.ToTable("webhookDeliveries");
            e.HasOne(d => d.Event).WithMany().HasForeignKey(d => d.EventId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<WebhookEndpoint>().WithMany().HasForeignKey(d => d.EndpointId).OnDelete(DeleteBehavior.Cascade);
            e.Property(d => d.Status).HasMaxLength(16);
            e.Property(d => d.ClaimToken).HasMaxLength(32);
            e.Property(d => d.LastError).HasMaxLength(300);
            e.HasIndex(d => new { d.Status, d.NextAttemptAt });
            e.HasIndex(d => new { d.EndpointId, d.Id });
        });
    }
}
