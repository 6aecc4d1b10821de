using System.Globalization;
using System.Text;
using ActorDirectory.Domain.Actors;
using Ssi.ServiceDefaults.Http;

namespace ActorDirectory.Endpoints.Network;

/// <summary>
/// The directory as a spreadsheet for the networks' staff, who open it in a French Excel:
/// semicolon-separated (Excel-FR splits on ';', not ','), UTF-8 with a byte order mark (without
/// it Excel reads accents as Windows-1252), CRLF line ends and RFC 4180 quoting. Public fields only.
/// </summary>
public static class ActorCsv
{
    public const string MediaType = "text/csv";
    private const char Separator = ';';
    private const string ListSeparator = ", ";

    private static readonly string[] Header =
    [
        "id", "name", "kind", "status", "isInternationalSolidarity", "themes",
        "communeCode", "epciCode", "departmentCode", "regionCode", "street", "postalCode", "city",
        "website", "publicEmail", "publicPhone", "siren", "siret", "rna", "servedAreas",
        "createdAt", "updatedAt", "archivedAt", "description",
    ];

    public static async Task WriteAsync(Stream body, IAsyncEnumerable<Actor> actors, CancellationToken cancellationToken)
    {
        await body.WriteAsync(Encoding.UTF8.Preamble.ToArray(), cancellationToken);
        await using var writer = new StreamWriter(body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true);
        await WriteRowAsync(writer, Header);
        await foreach (var actor in actors.WithCancellation(cancellationToken))
        {
            await WriteRowAsync(writer, Row(actor));
        }
    }

    private static string?[] Row(Actor actor) =>
    [
        actor.Id.ToString(),
        actor.Name,
        ApiEnum<ActorKind>.NameOf(actor.Kind),
        ApiEnum<ActorStatus>.NameOf(actor.Status),
        actor.IsInternationalSolidarity ? "true" : "false",
        string.Join(ListSeparator, actor.Themes),
        actor.Location.CommuneCode,
        actor.Location.EpciCode,
        actor.Location.DepartmentCode,
        actor.Location.RegionCode,
        actor.Address.Street,
        actor.Address.PostalCode,
        actor.Address.City,
        actor.Website,
        actor.PublicEmail,
        actor.PublicPhone,
        actor.Siren,
        actor.Siret,
        actor.Rna,
        string.Join(ListSeparator, actor.ServedAreas),
        Timestamp(actor.CreatedAt),
        Timestamp(actor.UpdatedAt),
        actor.ArchivedAt is { } archivedAt ? Timestamp(archivedAt) : null,
        actor.Description,
    ];

    private static async Task WriteRowAsync(StreamWriter writer, string?[] fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                await writer.WriteAsync(Separator);
            }

            await writer.WriteAsync(Escape(fields[i]));
        }

        await writer.WriteAsync("\r\n");
    }

    /// <summary>
    /// RFC 4180 quoting, and OWASP's defence against formula injection: a value a spreadsheet
    /// would run as a formula (=, +, -, @, tab, CR first) is prefixed with an apostrophe. It also
    /// keeps a phone number like "+33 5 59..." readable in Excel instead of an error.
    /// </summary>
    public static string Escape(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny([Separator, '"', '\r', '\n']) >= 0
            ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\""
            : value;
    }

    private static string Timestamp(DateTimeOffset instant) =>
        instant.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFF'Z'", CultureInfo.InvariantCulture);
}
