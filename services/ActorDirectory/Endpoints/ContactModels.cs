using System.ComponentModel.DataAnnotations;
using System.Diagnostics.CodeAnalysis;
using ActorDirectory.Domain.Actors;
using Ssi.ServiceDefaults.Http;
using Ssi.ServiceDefaults.Validation;

namespace ActorDirectory.Endpoints;

/// <summary>A contact person of an actor and the record of the basis on which the directory holds their data.</summary>
/// <param name="Visibility"><c>public</c> (anyone), <c>members</c> (the actor's members and its territory's coordinators) or <c>private</c> (the actor's members).</param>
/// <param name="LegalBasis">GDPR basis: <c>consent</c>, <c>legitimate-interest</c>, <c>contract</c> or <c>public-task</c>.</param>
/// <param name="ConsentGivenOn">When the person agreed, or the basis was recorded.</param>
/// <param name="ConsentSource">How it was recorded, e.g. "formulaire d'adhésion au collectif 2026".</param>
public sealed record ContactRequest(
    [property: Required, StringLength(Contact.NameMaxLength, MinimumLength = 2), VisibleText(2)] string FullName,
    [property: StringLength(Contact.FunctionMaxLength)] string? Function,
    [property: StringLength(Actor.EmailMaxLength)] string? Email,
    [property: StringLength(FrenchPhoneNumber.MaxLength)] string? Phone,
    [property: Required] ContactVisibility? Visibility,
    [property: Required] LegalBasis? LegalBasis,
    [property: Required] DateOnly? ConsentGivenOn,
    [property: Required, StringLength(Contact.ConsentSourceMaxLength, MinimumLength = 3), VisibleText(3)] string ConsentSource)
{
    public bool TryGetDetails(DateTimeOffset now, [NotNullWhen(true)] out ContactDetails? details, out Dictionary<string, string[]> errors)
    {
        errors = [];
        var email = ActorProfileRequest.Blank(Email);
        if (email is not null && !EmailAddressRule.IsValid(email))
        {
            errors.AddError("email", $"'{email}' is not an e-mail address.");
        }

        string? phone = null;
        if (ActorProfileRequest.Blank(Phone) is { } phoneText && !FrenchPhoneNumber.TryNormalize(phoneText, out phone))
        {
            errors.AddError("phone", $"'{phoneText}' is not a French phone number (10 digits such as 05 59 92 44 44, or +33 5 59 92 44 44).");
        }

        // No time zone has reached a later date yet, wherever in France the consent was given.
        var latestPossibleDate = DateOnly.FromDateTime(now.UtcDateTime.AddHours(14));
        if (ConsentGivenOn > latestPossibleDate)
        {
            errors.AddError("consentGivenOn", $"Consent cannot have been given on {ConsentGivenOn:yyyy-MM-dd}, a date still to come.");
        }

        details = errors.Count > 0 ? null : new ContactDetails(
            FullName.Trim(), ActorProfileRequest.Blank(Function), email, phone, Visibility!.Value, LegalBasis!.Value, ConsentGivenOn!.Value, ConsentSource.Trim());
        return details is not null;
    }
}

/// <summary>How the directory came to hold a person's data.</summary>
public sealed record ConsentRecord(LegalBasis Basis, DateOnly GivenOn, string Source);

/// <param name="Consent">Shown to those who manage the actor's contacts (its members and admins); null for other readers.</param>
public sealed record ContactResponse(
    Guid Id,
    Guid ActorId,
    string FullName,
    string? Function,
    string? Email,
    string? Phone,
    ContactVisibility Visibility,
    ConsentRecord? Consent,
    DateTimeOffset UpdatedAt)
{
    public static ContactResponse From(Contact contact, bool withConsent) => new(
        contact.Id, contact.ActorId, contact.FullName, contact.Function, contact.Email, contact.Phone, contact.Visibility,
        withConsent ? new ConsentRecord(contact.LegalBasis, contact.ConsentGivenOn, contact.ConsentSource) : null,
        contact.UpdatedAt);
}
