using System.Security.Cryptography;
using System.Text;
using ActorDirectory.Domain.Actors;
using ActorDirectory.Domain.Offers;
using ActorDirectory.Domain.Territories;
using ActorDirectory.Endpoints.Network;
using Microsoft.AspNetCore.WebUtilities;
using Ssi.ServiceDefaults.Http;
using Ssi.ServiceDefaults.Territories;

namespace ActorDirectory.Data;

/// <summary>
/// What a search of the directory asks for, already validated. Values within one filter are
/// alternatives (any kind listed, any theme listed); different filters all apply.
/// </summary>
/// <param name="Text">The free text in <see cref="Domain.TextSearch"/> form, or null for no text search.</param>
/// <param name="OffersAvailableAfter">An offer counts while it is not withdrawn and has no availability window or one ending after this instant.</param>
public sealed record ActorSearchFilter(
    string? Text,
    TerritoryReference? Territory,
    IReadOnlyList<ActorKind> Kinds,
    IReadOnlyList<string> Themes,
    IReadOnlyList<OfferKind> Offers,
    bool? IsInternationalSolidarity,
    IReadOnlyList<ActorStatus> Statuses,
    DateTimeOffset? UpdatedSince,
    DateTimeOffset OffersAvailableAfter)
{
    /// <summary>
    /// A short digest of the filters a cursor was issued for, so a cursor replayed with other
    /// filters is refused rather than silently skipping or repeating actors.
    /// </summary>
    public string Fingerprint()
    {
        var canonical = string.Join('\n',
            Text,
            Territory?.ToString(),
            string.Join(',', Kinds.Select(ApiEnum<ActorKind>.NameOf).Order(StringComparer.Ordinal)),
            string.Join(',', Themes.Order(StringComparer.Ordinal)),
            string.Join(',', Offers.Select(ApiEnum<OfferKind>.NameOf).Order(StringComparer.Ordinal)),
            IsInternationalSolidarity?.ToString(),
            string.Join(',', Statuses.Select(ApiEnum<ActorStatus>.NameOf).Order(StringComparer.Ordinal)),
            UpdatedSince?.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return WebEncoders.Base64UrlEncode(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)), 0, 12);
    }
}
