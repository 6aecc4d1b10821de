namespace PublicSite.Apis;

public sealed record Funder(Guid Id, string Name);

public sealed record Eligibility(IReadOnlyList<string> ActorKinds, bool ApplicantInScope, bool RequireSiretOrRna, int MinimumLinkedEvents);

public sealed record Criterion(string Key, string Label, int Weight);

public sealed record RequiredDocument(string Key, string Label);

public sealed record FundingCall(
    Guid Id,
    Funder Funder,
    int Edition,
    string Title,
    string? Description,
    string Scope,
    long EnvelopeCents,
    long MaxGrantCents,
    int CofundingCapPercent,
    Eligibility Eligibility,
    IReadOnlyList<Criterion> Criteria,
    IReadOnlyList<RequiredDocument> RequiredDocuments,
    DateTimeOffset OpensAt,
    DateTimeOffset ClosesAt,
    string Status,
    bool AcceptsSubmissions,
    DateOnly ReportDueOn);
