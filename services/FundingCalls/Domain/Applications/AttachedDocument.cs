namespace FundingCalls.Domain.Applications;

/// <summary>A piece joined to an application for one of the call's required documents, by its address.</summary>
/// <param name="Key">The call's <see cref="Calls.RequiredDocument.Key"/>.</param>
public sealed record AttachedDocument(string Key, string Title, string Url);
