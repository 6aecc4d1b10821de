using System.ComponentModel.DataAnnotations;
using Communications.Domain.Senders;
using Ssi.ServiceDefaults.Territories;

namespace Communications.Endpoints;

/// <param name="Territory">For a territory's coordinators: its reference (<c>department:64</c>, <c>commune:64129</c>).</param>
/// <param name="FunderId">For a funder's staff: the funder's directory actor.</param>
public sealed record SenderRequest([property: StringLength(40)] string? Territory, Guid? FunderId)
{
    /// <summary>The sender, when exactly one of the two is given and well formed.</summary>
    public bool TryGetSender(out Sender sender, out string error)
    {
        sender = null!;
        switch (this)
        {
            case { Territory: { } territory, FunderId: null } when TerritoryReference.TryParse(territory, out var reference):
                sender = Sender.ForTerritory(reference);
                break;
            case { Territory: { } territory, FunderId: null }:
                error = $"'{territory}' is not a territory reference ({TerritoryReference.Expected}).";
                return false;
            case { Territory: null, FunderId: { } funderId } when funderId != Guid.Empty:
                sender = Sender.ForFunder(funderId);
                break;
            default:
                error = "Give exactly one of territory (coordinators) or funderId (a funder's staff).";
                return false;
        }

        error = "";
        return true;
    }
}

public sealed record SenderResponse(string? Territory, Guid? FunderId)
{
    public static SenderResponse From(Sender sender) => new(sender.Territory, sender.FunderId);
}

internal static class SenderProblems
{
    public static string CannotActFor(Sender sender) => sender.Territory is { } territory
        ? $"Only the coordinators of {territory} (or an admin) write on its behalf."
        : $"Only the staff of funder {sender.FunderId} (funder role, acting for it) write on its behalf.";
}
