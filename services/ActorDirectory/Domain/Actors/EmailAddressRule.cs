using System.Net.Mail;

namespace ActorDirectory.Domain.Actors;

/// <summary>A plain e-mail address (no display name), with a domain that can receive mail.</summary>
public static class EmailAddressRule
{
    public static bool IsValid(string text) =>
        text.Length <= Actor.EmailMaxLength
        && MailAddress.TryCreate(text, out var address)
        && address.Address == text
        && address.Host.Contains('.', StringComparison.Ordinal)
        && !address.Host.EndsWith('.');
}
