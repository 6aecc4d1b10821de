using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Ssi.ServiceDefaults.Publishing;

/// <summary>
/// Exports for the staff of networks and cities, who open them in a French Excel: semicolon-separated
/// (Excel-FR splits on ';', not ','), UTF-8 with a byte order mark (without it Excel reads accents
/// as Windows-1252), CRLF line ends and RFC 4180 quoting.
/// </summary>
public static class CsvExport
{
    public const string MediaType = "text/csv";
    public const string ListSeparator = ", ";
    private const char Separator = ';';

    /// <summary>A CSV download of <paramref name="records"/>, streamed as they are read.</summary>
    public static PushStreamHttpResult Download<T>(string fileName, IReadOnlyList<string> header, IAsyncEnumerable<T> records, Func<T, string?[]> row,
        CancellationToken cancellationToken) =>
        TypedResults.Stream(body => WriteAsync(body, header, records, row, cancellationToken), $"{MediaType}; charset=utf-8", fileName);

    public static async Task WriteAsync<T>(Stream body, IReadOnlyList<string> header, IAsyncEnumerable<T> records, Func<T, string?[]> row,
        CancellationToken cancellationToken)
    {
        await body.WriteAsync(Encoding.UTF8.Preamble.ToArray(), cancellationToken);
        await using var writer = new StreamWriter(body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true);
        await WriteRowAsync(writer, header);
        await foreach (var record in records.WithCancellation(cancellationToken))
        {
            await WriteRowAsync(writer, row(record));
        }
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

    public static string Timestamp(DateTimeOffset instant) =>
        instant.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFF'Z'", CultureInfo.InvariantCulture);

    private static async Task WriteRowAsync(StreamWriter writer, IReadOnlyList<string?> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                await writer.WriteAsync(Separator);
            }

            await writer.WriteAsync(Escape(fields[i]));
        }

        await writer.WriteAsync("\r\n");
    }
}
