namespace FundingCalls.Domain.Budgets;

/// <summary>Another funder of the project (CERFA 12156, account 74): the State, a department, a commune, the EU...</summary>
/// <param name="ActorId">The funder in the directory, when it is there.</param>
public sealed record CoFunder(string Name, Guid? ActorId, long AmountCents, CoFundingStatus Status);
