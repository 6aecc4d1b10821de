using FundingCalls.Data;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Ssi.Contracts.ActorDirectory;
using Ssi.ServiceDefaults.Data;

namespace FundingCalls.IntegrationEvents;

/// <summary>A person erased from the directory leaves funding too: every application naming them as its contact forgets them.</summary>
public sealed class ContactErasedConsumer(FundingDbContext db, TimeProvider clock) : IConsumer<ContactErased>
{
    public async Task Consume(ConsumeContext<ContactErased> context)
    {
        var contactId = context.Message.ContactId;
        var now = clock.GetDatabaseNow();
        var named = await db.Database
            .SqlQuery<Guid>($"SELECT id AS \"Value\" FROM applications WHERE contact ->> 'contactId' = {contactId.ToString()}")
            .ToListAsync(context.CancellationToken);
        var applications = await db.Applications.Where(application => named.Contains(application.Id)).ToListAsync(context.CancellationToken);
        foreach (var application in applications)
        {
            application.ForgetContact(contactId, now);
        }

        await db.SaveChangesAsync(context.CancellationToken);
    }
}
