using Ssi.Contracts.ActorDirectory;
using Ssi.ServiceDefaults.Http;

namespace ActorDirectory.Domain.Actors;

/// <summary>What the directory tells the services that write to people about a contact person.</summary>
public static class ContactIntegrationEvents
{
    public static ContactChanged Changed(Contact contact, DateTimeOffset now) => new(
        contact.Id,
        contact.ActorId,
        contact.FullName,
        contact.Function,
        contact.Email,
        ApiEnum<ContactVisibility>.NameOf(contact.Visibility),
        ApiEnum<LegalBasis>.NameOf(contact.LegalBasis),
        contact.UpdatedAt,
        now);
}
