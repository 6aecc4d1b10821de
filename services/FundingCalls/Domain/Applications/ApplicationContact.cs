namespace FundingCalls.Domain.Applications;

/// <summary>The person the funder talks to about an application; erased with them from the directory when <see cref="ContactId"/> names them.</summary>
public sealed record ApplicationContact(Guid? ContactId, string Name, string Email, string? Phone);
