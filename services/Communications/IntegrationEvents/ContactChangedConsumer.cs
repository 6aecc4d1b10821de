using Communications.Data;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Ssi.Contracts.ActorDirectory;

namespace Communications.IntegrationEvents;

/// <summary>Keeps the directory's contact persons, newest news winning, never bringing back someone erased.</summary>
public sealed class ContactChangedConsumer(CommunicationsDbContext db) : IConsumer<ContactChanged>
{
    public Task Consume(ConsumeContext<ContactChanged> context)
    {
        var message = context.Message;
        var email = message.Email?.Trim().ToLowerInvariant();
        return db.Database.ExecuteSqlAsync($"""
            INSERT INTO contacts (contact_id, actor_id, full_name, function, email, visibility, legal_basis, updated_at)
            SELECT {message.ContactId}, {message.ActorId}, {message.FullName}, {message.Function}, {email}, {message.Visibility},
                   {message.LegalBasis}, {message.UpdatedAt.ToUniversalTime()}
             WHERE NOT EXISTS (SELECT 1 FROM erased_contacts WHERE contact_id = {message.ContactId})
            ON CONFLICT (contact_id) DO UPDATE
               SET full_name = excluded.full_name, function = excluded.function, email = excluded.email, visibility = excluded.visibility,
                   legal_basis = excluded.legal_basis, updated_at = excluded.updated_at
             WHERE contacts.updated_at < excluded.updated_at
            """, context.CancellationToken);
    }
}
