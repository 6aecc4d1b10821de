using System.ComponentModel.DataAnnotations;
using ActorDirectory.Domain.Offers;
using Ssi.ServiceDefaults.Http;

namespace ActorDirectory.Endpoints;

/// <summary>An offer as its actor describes it, to publish or to replace.</summary>
/// <param name="Capacity">How many people a room holds (1 to 10,000); only rooms have one.</param>
/// <param name="Tags">Details in kebab-case, e.g. <c>hifi-video</c>, <c>kitchen</c>, <c>stage-manager</c>.</param>
/// <param name="CommuneCode">INSEE code of the commune the offer is in, when not the actor's own.</param>
/// <param name="Availability">When it can be used; none means on request, at any time.</param>
public sealed record OfferRequest(
    [property: Required] OfferKind? Kind,
    [property: Required, StringLength(Offer.TitleMaxLength, MinimumLength = 2), VisibleText(2)] string Title,
    [property: StringLength(Offer.DescriptionMaxLength)] string? Description,
    int? Capacity,
    IReadOnlyList<string>? Tags,
    string? CommuneCode,
    IReadOnlyList<AvailabilityWindowRequest>? Availability) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Kind is { } kind && OfferRules.CheckCapacity(kind, Capacity) is { } capacityProblem)
        {
            yield return new ValidationResult(capacityProblem, [nameof(Capacity)]);
        }

        if (OfferRules.CheckTags(Tags ?? []) is { } tagsProblem)
        {
            yield return new ValidationResult(tagsProblem, [nameof(Tags)]);
        }

        if (CommuneCode is not null && !Ssi.ServiceDefaults.Territories.CommuneCode.IsValid(CommuneCode))
        {
            yield return new ValidationResult($"'{CommuneCode}' is not an INSEE commune code (5 characters, e.g. 64129).", [nameof(CommuneCode)]);
        }

        if (OfferRules.CheckWindows(Windows()) is { } windowsProblem)
        {
            yield return new ValidationResult(windowsProblem, [nameof(Availability)]);
        }
    }

    /// <summary>The availability windows in UTC, as PostgreSQL stores them.</summary>
    public IReadOnlyList<(DateTimeOffset StartsAt, DateTimeOffset EndsAt)> Windows() =>
        (Availability ?? [])
            .Where(window => window.StartsAt is not null && window.EndsAt is not null)
            .Select(window => (window.StartsAt!.Value.ToUniversalTime(), window.EndsAt!.Value.ToUniversalTime()))
            .ToList();
}

public sealed record AvailabilityWindowRequest(
    [property: Required] DateTimeOffset? StartsAt,
    [property: Required] DateTimeOffset? EndsAt);

public sealed record AvailabilityWindowResponse(DateTimeOffset StartsAt, DateTimeOffset EndsAt);

/// <param name="Availability">When it can be used; empty means on request, at any time.</param>
/// <param name="Withdrawn">A withdrawn offer stays readable but is no longer found by search.</param>
public sealed record OfferResponse(
    Guid Id,
    Guid ActorId,
    OfferKind Kind,
    string Title,
    string? Description,
    int? Capacity,
    IReadOnlyList<string> Tags,
    string CommuneCode,
    IReadOnlyList<AvailabilityWindowResponse> Availability,
    bool Withdrawn,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static OfferResponse From(Offer offer) => new(
        offer.Id,
        offer.ActorId,
        offer.Kind,
        offer.Title,
        offer.Description,
        offer.Capacity,
        offer.Tags,
        offer.Location.CommuneCode,
        offer.Availabilities.OrderBy(window => window.StartsAt).Select(window => new AvailabilityWindowResponse(window.StartsAt, window.EndsAt)).ToList(),
        offer.IsWithdrawn,
        offer.CreatedAt,
        offer.UpdatedAt);
}

/// <summary>How far an offer is from the commune a search is near.</summary>
public enum OfferDistance
{
    SameCommune,
    SameEpci,
    SameDepartment,
}

/// <summary>An offer found by search, with who offers it and where.</summary>
/// <param name="Distance">Set when the search is near a commune.</param>
public sealed record OfferSearchResult(
    Guid Id,
    OfferKind Kind,
    string Title,
    string? Description,
    int? Capacity,
    IReadOnlyList<string> Tags,
    IReadOnlyList<AvailabilityWindowResponse> Availability,
    Guid ActorId,
    string ActorName,
    string CommuneCode,
    string CommuneName,
    OfferDistance? Distance);
