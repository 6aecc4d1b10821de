using System.ComponentModel.DataAnnotations;
using FundingCalls.Domain;
using Ssi.ServiceDefaults.Http;

namespace FundingCalls.Endpoints;

/// <param name="TerritoryCode">
/// The territory the call covers: <c>region:76</c>, <c>department:32</c>, <c>epci:200066926</c>,
/// <c>commune:32013</c>, or a bare commune, EPCI or department code. A funder opens calls only
/// inside the territories of its token.
/// </param>
public sealed record CreateFundingCallRequest(
    [property: Required, StringLength(FundingCall.TitleMaxLength, MinimumLength = 3), VisibleText(3)] string Title,
    [property: StringLength(FundingCall.DescriptionMaxLength)] string? Description,
    [property: Required, StringLength(40)] string TerritoryCode,
    [property: Required, Range(typeof(decimal), "0", "1000000000")] decimal? BudgetEnvelope,
    [property: Required] DateOnly? OpensOn,
    [property: Required] DateOnly? ClosesOn);

/// <param name="TerritoryCode">The territory the call covers, as <c>kind:code</c> (e.g. <c>department:32</c>).</param>
public sealed record FundingCallResponse(
    Guid Id,
    string Title,
    string? Description,
    string TerritoryCode,
    decimal BudgetEnvelope,
    DateOnly OpensOn,
    DateOnly ClosesOn)
{
    public static FundingCallResponse From(FundingCall call) =>
        new(call.Id, call.Title, call.Description, call.TerritoryCode, call.BudgetEnvelope, call.OpensOn, call.ClosesOn);
}
