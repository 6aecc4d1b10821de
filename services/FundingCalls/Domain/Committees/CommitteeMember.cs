namespace FundingCalls.Domain.Committees;

/// <summary>A member of a committee session, present or not. Their names appear in the minutes.</summary>
/// <param name="Role">Their quality in French, as the minutes print it (e.g. "Présidente", "Élu délégué").</param>
public sealed record CommitteeMember(string Name, string Role, bool Present);
