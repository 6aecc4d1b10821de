using System.Net.Sockets;
using Communications.Domain.Deliveries;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Communications.Sending;

/// <summary>
/// One SMTP connection a worker keeps open and sends on, reconnecting after a failure. Builds the
/// MIME message: both parts, the Message-ID from the delivery, RFC 8058's one-click unsubscribe headers.
/// </summary>
public sealed class SmtpSession(MailOptions options) : IAsyncDisposable
{
    private readonly SmtpClient _client = new() { Timeout = 30_000 };

    public static MimeMessage Build(OutgoingMessage outgoing, string messageId, string fromAddress)
    {
        var message = new MimeMessage
        {
            MessageId = messageId,
            Subject = outgoing.Subject,
            Body = new BodyBuilder { TextBody = outgoing.TextBody, HtmlBody = outgoing.HtmlBody }.ToMessageBody(),
        };
        message.From.Add(new MailboxAddress(outgoing.FromName, fromAddress));
        message.To.Add(new MailboxAddress(outgoing.ToName ?? "", outgoing.To));
        if (outgoing.ReplyTo is { } replyTo)
        {
            message.ReplyTo.Add(new MailboxAddress("", replyTo));
        }

        if (outgoing.UnsubscribeUrl is { } unsubscribe)
        {
            message.Headers.Add("List-Unsubscribe", $"<{unsubscribe}>");
            message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }

        message.Headers.Add("Auto-Submitted", "auto-generated");
        return message;
    }

    public async Task<SmtpResult> SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        try
        {
            if (!_client.IsConnected)
            {
                await _client.ConnectAsync(options.SmtpHost, options.SmtpPort, options.SmtpSecurity, cancellationToken);
                if (options.SmtpUserName is { Length: > 0 } user)
                {
                    await _client.AuthenticateAsync(user, options.SmtpPassword ?? "", cancellationToken);
                }
            }

            await _client.SendAsync(message, cancellationToken);
            return new SmtpResult(SmtpOutcome.Sent);
        }
        catch (SmtpCommandException exception)
        {
            var permanent = (int)exception.StatusCode >= 500;
            var outcome = !permanent ? SmtpOutcome.Transient
                : exception.ErrorCode == SmtpErrorCode.RecipientNotAccepted ? SmtpOutcome.Bounced
                : SmtpOutcome.Rejected;
            await ResetAsync();
            return new SmtpResult(outcome, $"{(int)exception.StatusCode} {exception.Message}");
        }
        catch (Exception exception) when (exception is SmtpProtocolException or IOException or SocketException or TimeoutException
                                              or ServiceNotConnectedException or SslHandshakeException or AuthenticationException
                                          || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            await ResetAsync();
            return new SmtpResult(SmtpOutcome.Transient, $"{exception.GetType().Name}: {exception.Message}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await ResetAsync();
        _client.Dispose();
    }

    /// <summary>Drops the connection after a failure; the next message opens a fresh one.</summary>
    private async Task ResetAsync()
    {
        try
        {
            if (_client.IsConnected)
            {
                await _client.DisconnectAsync(quit: true, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));
            }
        }
        catch (Exception exception) when (exception is IOException or SocketException or TimeoutException or SmtpProtocolException or ServiceNotConnectedException)
        {
            // The connection is gone either way.
        }
    }
}
