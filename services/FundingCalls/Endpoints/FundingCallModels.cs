using System.ComponentModel.DataAnnotations;
using FundingCalls.Domain;

namespace FundingCalls.Endpoints;

public sealed record CreateFundingCallRequest(
    [property: Required, StringLength(FundingCall.TitleMaxLength, MinimumLength = 3)] string Title,
    [property: StringLength(FundingCall.DescriptionMaxLength)] string? Description,
    [property: Required, RegularExpression("^[0-9AB]{2,9}$", ErrorMessage = "territoryCode must be an INSEE or SIREN territory code.")] string TerritoryCode,
    [property: Required, Range(typeof(decimal), "0", "1000000000")] decimal? BudgetEnvelope,
    [property: Required] DateOnly? OpensOn,
    [property: Required] DateOnly? ClosesOn);

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
