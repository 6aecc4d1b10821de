namespace ActorDirectory.Domain.Actors;

/// <summary>
/// A person to reach at an actor: personal data, shown by visibility, held on a recorded legal
/// basis, and erased for good on request.
/// </summary>
public sealed class Contact
{
    public const int NameMaxLength = 200;
    public const int FunctionMaxLength = 200;
    public const int ConsentSourceMaxLength = 300;

    private Contact()
    {
    }

    public Contact(Guid actorId, string fullName, ContactVisibility visibility, LegalBasis legalBasis, DateOnly consentGivenOn, string consentSource, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        ActorId = actorId;
        FullName = fullName;
        Visibility = visibility;
        LegalBasis = legalBasis;
        ConsentGivenOn = consentGivenOn;
        ConsentSource = consentSource;
        CreatedAt = now;
        UpdatedAt = now;
    }

    public static Contact Add(Guid actorId, ContactDetails details, DateTimeOffset now)
    {
        var contact = new Contact(actorId, details.FullName, details.Visibility, details.LegalBasis, details.ConsentGivenOn, details.ConsentSource, now);
        contact.Edit(details, now);
        return contact;
    }

    /// <summary>Replaces the person's details and consent record (a full update).</summary>
    public void Edit(ContactDetails details, DateTimeOffset now)
    {
        FullName = details.FullName;
        Function = details.Function;
        Email = details.Email;
        Phone = details.Phone;
        Visibility = details.Visibility;
        LegalBasis = details.LegalBasis;
        ConsentGivenOn = details.ConsentGivenOn;
        ConsentSource = details.ConsentSource;
        UpdatedAt = now;
    }

    public Guid Id { get; private set; }

    public Guid ActorId { get; private set; }

    public string FullName { get; set; } = "";

    /// <summary>The person's function at the actor, e.g. "chargée de mission solidarité internationale".</summary>
    public string? Function { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public ContactVisibility Visibility { get; set; }

    public LegalBasis LegalBasis { get; set; }

    /// <summary>When the person agreed (or the basis was recorded).</summary>
    public DateOnly ConsentGivenOn { get; set; }

    /// <summary>How it was recorded, e.g. "formulaire d'adhésion au collectif 2026".</summary>
    public string ConsentSource { get; set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public uint Version { get; private set; }
}
