using System.Text.RegularExpressions;

namespace Ssi.Testing;

/// <summary>The confirmation link of a subscription e-mail, whether communications runs alone or behind the gateway.</summary>
public static partial class ConfirmationLink
{
    /// <summary>The link in the plain-text part; the test fails when there is none.</summary>
    public static Uri In(ReceivedMail mail)
    {
        var match = Link().Match(mail.Text ?? "");
        return match.Success ? new Uri(match.Value) : throw new InvalidOperationException($"No confirmation link in: {mail.Text}");
    }

    [GeneratedRegex(@"http://\S+/subscriptions/confirm\?token=[A-Za-z0-9_\-%]+")]
    private static partial Regex Link();
}
