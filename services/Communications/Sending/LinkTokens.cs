using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace Communications.Sending;

/// <summary>
/// Unsubscribe links that need no login and no stored token: the link carries what it ends (one
/// subscription, or every e-mail to the address of one delivery) and an HMAC of it, so it cannot
/// be forged for someone else, and works for as long as the e-mails that carry it are read. It
/// names ids only: an address in a URL would end up in access logs.
/// </summary>
public sealed class LinkTokens
{
    private const int SignatureLength = 16;
    private readonly byte[] _key;

    public LinkTokens(IOptions<MailOptions> options, IConfiguration configuration)
    {
        var secret = options.Value.LinkSigningKey is { Length: > 0 } configured
            ? Encoding.UTF8.GetBytes(configured)
            : HKDF.DeriveKey(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(configuration["Authentication:Jwt:SigningKey"]
                ?? throw new InvalidOperationException("Mail:LinkSigningKey or Authentication:Jwt:SigningKey must be configured.")), 32,
                info: Encoding.UTF8.GetBytes("ssi-communications-unsubscribe-links"));
        _key = secret;
    }

    public string ForSubscription(Guid subscriptionId) => Sign($"s:{subscriptionId:N}");

    public string ForDelivery(Guid deliveryId) => Sign($"d:{deliveryId:N}");

    public bool TryRead(string? token, [NotNullWhen(true)] out UnsubscribeTarget? target)
    {
        target = null;
        var dot = token?.IndexOf('.') ?? -1;
        if (dot <= 0 || token!.Length > 1000)
        {
            return false;
        }

        byte[] payload, signature;
        try
        {
            payload = WebEncoders.Base64UrlDecode(token[..dot]);
            signature = WebEncoders.Base64UrlDecode(token[(dot + 1)..]);
        }
        catch (FormatException)
        {
            return false;
        }

        if (!CryptographicOperations.FixedTimeEquals(signature, Signature(payload)))
        {
            return false;
        }

        var text = Encoding.UTF8.GetString(payload);
        target = text switch
        {
            ['s', ':', .. var id] when Guid.TryParseExact(id, "N", out var subscriptionId) => new UnsubscribeTarget(subscriptionId, null),
            ['d', ':', .. var id] when Guid.TryParseExact(id, "N", out var deliveryId) => new UnsubscribeTarget(null, deliveryId),
            _ => null,
        };
        return target is not null;
    }

    private string Sign(string text)
    {
        var payload = Encoding.UTF8.GetBytes(text);
        return $"{WebEncoders.Base64UrlEncode(payload)}.{WebEncoders.Base64UrlEncode(Signature(payload))}";
    }

    private byte[] Signature(byte[] payload) => HMACSHA256.HashData(_key, payload)[..SignatureLength];
}

/// <summary>What an unsubscribe link ends: one subscription, or every e-mail to the address a delivery went to.</summary>
public sealed record UnsubscribeTarget(Guid? SubscriptionId, Guid? DeliveryId);
