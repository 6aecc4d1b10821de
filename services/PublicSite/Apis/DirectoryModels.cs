namespace PublicSite.Apis;

public sealed record Territory(string Kind, string Code, string Reference, string Name, int? Population, IReadOnlyList<string> PostalCodes, IReadOnlyList<TerritoryParent> Parents);

public sealed record TerritoryParent(string Kind, string Code, string Name);

public sealed record TerritoryMatches(IReadOnlyList<Territory> Items);

public sealed record PostalAddress(string? Street, string? PostalCode, string? City);

public sealed record Actor(
    Guid Id,
    string Name,
    string Kind,
    string TerritoryCode,
    string? Description,
    string Status,
    IReadOnlyList<string> Themes,
    PostalAddress? Address,
    string? Website,
    string? PublicEmail,
    string? PublicPhone,
    bool IsInternationalSolidarity,
    DateTimeOffset UpdatedAt);

public sealed record Contact(Guid Id, string FullName, string? Function, string? Email, string? Phone);
