using Communications.Data;
using Communications.Domain.Contacts;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Ssi.Contracts.ActorDirectory;

namespace Communications.IntegrationEvents;

/// <summary>
/// Forgets an erased person everywhere in this service: their contact record, their subscriptions
/// and suppression entry under the same address, and their address, name and the text of every
/// e-mail in the delivery log (which keeps only that something was sent). A tombstone of the id
/// keeps late news from bringing them back.
/// </summary>
public sealed class ContactErasedConsumer(CommunicationsDbContext db) : IConsumer<ContactErased>
{
    public async Task Consume(ConsumeContext<ContactErased> context)
    {
        var contactId = context.Message.ContactId;
        var cancellationToken = context.CancellationToken;
        var email = await db.Contacts.Where(contact => contact.ContactId == contactId).Select(contact => contact.Email).SingleOrDefaultAsync(cancellationToken);
        var recipientKey = $"contact:{contactId}";
        await db.Deliveries
            .Where(delivery => delivery.RecipientKey == recipientKey || (email != null && delivery.RecipientEmail == email))
            .ExecuteUpdateAsync(setters => setters
                .SetProperty(delivery => delivery.RecipientEmail, "")
                .SetProperty(delivery => delivery.RecipientName, (string?)null)
                .SetProperty(delivery => delivery.Subject, "")
                .SetProperty(delivery => delivery.HtmlBody, "")
                .SetProperty(delivery => delivery.TextBody, "")
                .SetProperty(delivery => delivery.UnsubscribeUrl, (string?)null), cancellationToken);
        if (email is not null)
        {
            await db.Subscriptions.Where(subscription => subscription.Email == email).ExecuteDeleteAsync(cancellationToken);
            await db.SuppressedAddresses.Where(address => address.Email == email).ExecuteDeleteAsync(cancellationToken);
        }

        await db.Contacts.Where(contact => contact.ContactId == contactId).ExecuteDeleteAsync(cancellationToken);
        if (!await db.ErasedContacts.AnyAsync(erased => erased.ContactId == contactId, cancellationToken))
        {
            db.ErasedContacts.Add(new ErasedContact(contactId, context.Message.OccurredAt));
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
