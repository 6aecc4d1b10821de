namespace FundingCalls.Domain.Calls;

/// <summary>A piece every application must join, e.g. <c>statuts</c> or <c>rib</c>.</summary>
public sealed record RequiredDocument(string Key, string Label);
