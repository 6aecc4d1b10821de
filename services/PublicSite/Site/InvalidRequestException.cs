namespace PublicSite.Site;

/// <summary>A visitor's request the site cannot answer as asked (a malformed date, an unknown filter): a 400 page saying why, in French.</summary>
public sealed class InvalidRequestException(string frenchMessage) : Exception(frenchMessage);
