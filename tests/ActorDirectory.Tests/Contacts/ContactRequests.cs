using ActorDirectory.Domain.Actors;
using ActorDirectory.Endpoints;

namespace ActorDirectory.Tests.Contacts;

/// <summary>Fictional people at example.org, with the reserved fiction numbers of the French plan.</summary>
internal static class ContactRequests
{
    public static ContactRequest Person(string fullName, ContactVisibility visibility = ContactVisibility.Public, string? email = null) => new(
        fullName,
        "Chargée de mission solidarité internationale",
        email ?? $"{fullName.ToLowerInvariant().Replace(' ', '.')}@example.org",
        "+33 5 36 49 10 30",
        visibility,
        LegalBasis.Consent,
        new DateOnly(2026, 9, 14),
        "Formulaire d'adhésion au collectif SSI 2026");
}
