using System.Net.Mail;

namespace Ssi.ServiceDefaults.Validation;

/// <summary>A plain e-mail address (no display name), with a domain that can receive mail.</summary>
public static class EmailAddressRule
{
    /// <summary>The longest address SMTP delivers (RFC 5321).</summary>
    public const int MaxLength = 254;

    public static bool IsValid(string text) =>
        text.Length <= MaxLength
        && MailAddress.TryCreate(text, out var address)
        && address.Address == text
        && address.Host.Contains('.', StringComparison.Ordinal)
        && !address.Host.EndsWith('.');
}
