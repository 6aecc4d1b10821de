using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Ssi.ServiceDefaults.Http;

/// <summary>Answers 400 to a request whose path or query string holds a control character (<c>%00</c>, <c>%0A</c>...), once decoded.</summary>
public static class ControlCharacterMiddleware
{
    public static IApplicationBuilder UseControlCharacterRejection(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        var where = ControlCharacters.AnyInUrl(request.Path.Value) ? "path"
            : request.Query.FirstOrDefault(parameter => ControlCharacters.AnyInUrl(parameter.Key)
                || parameter.Value.Any(value => ControlCharacters.AnyInUrl(value))) is { Key: { } name } ? $"query parameter '{Printable(name)}'"
            : null;
        if (where is null)
        {
            await next(context);
            return;
        }

        await Problems.Invalid(where, "Control characters (such as %00 or line breaks) are not allowed in a URL.").ExecuteAsync(context);
    });

    private static string Printable(string name) => new([.. name.Select(character => char.IsControl(character) ? '?' : character)]);
}
