using System.Text.RegularExpressions;
using Ssi.Testing;

namespace Communications.Tests;

/// <summary>The confirmation link of a subscription e-mail, as the test host serves it.</summary>
public static partial class ConfirmationLink
{
    /// <summary>The link in the plain-text part; the test fails when there is none.</summary>
    public static Uri In(ReceivedMail mail)
    {
        var match = Link().Match(mail.Text ?? "");
        Assert.True(match.Success, $"No confirmation link in: {mail.Text}");
        return new Uri(match.Value);
    }

    [GeneratedRegex(@"http://localhost/subscriptions/confirm\?token=[A-Za-z0-9_\-%]+")]
    private static partial Regex Link();
}
