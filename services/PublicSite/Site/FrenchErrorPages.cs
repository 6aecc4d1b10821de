using Microsoft.AspNetCore.Diagnostics;
using Polly.CircuitBreaker;
using Ssi.ServiceDefaults.Http;
using Polly.Timeout;

namespace PublicSite.Site;

public static class FrenchErrorPages
{
    public const string Path = "/erreur";

    /// <summary>
    /// Every failure ends on the French error page with its status: a visitor's malformed request
    /// 400, a service that does not answer 503, anything else 500, and never a stack trace.
    /// </summary>
    public static WebApplication UseFrenchErrorPages(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = Path,
            // A visitor's malformed address is theirs to fix, not an error of the site to log.
            SuppressDiagnosticsCallback = context => context.Exception is InvalidRequestException,
            StatusCodeSelector = exception => exception switch
            {
                InvalidRequestException => StatusCodes.Status400BadRequest,
                HttpRequestException or TimeoutRejectedException or BrokenCircuitException => StatusCodes.Status503ServiceUnavailable,
                _ => StatusCodes.Status500InternalServerError,
            },
        });
        app.UseStatusCodePagesWithReExecute(Path + "/{0}");
        // The error page is rendered with the same query string, so it must not refuse it again.
        app.Use((context, next) => ControlCharacterMiddleware.FindInUrl(context.Request) is null || context.Features.Get<IExceptionHandlerFeature>() is not null
            ? next(context)
            : throw new InvalidRequestException("L'adresse contient un caractère de contrôle (comme %00 ou un saut de ligne) : vérifiez le lien que vous avez suivi."));
        return app;
    }

    /// <summary>The French explanation of an error page: the visitor's mistake when the site knows it.</summary>
    public static (string Title, string Explanation) Describe(int statusCode, Exception? exception) => statusCode switch
    {
        StatusCodes.Status400BadRequest => ("Demande incorrecte", exception is InvalidRequestException ? exception.Message : "Cette adresse ou ce formulaire contient une valeur que le site ne comprend pas."),
        StatusCodes.Status404NotFound => ("Page introuvable", "Cette page n'existe pas, ou plus. Vérifiez l'adresse, ou cherchez votre commune depuis l'accueil."),
        StatusCodes.Status405MethodNotAllowed => ("Action impossible", "Cette page ne permet pas cette action."),
        StatusCodes.Status503ServiceUnavailable => ("Service momentanément indisponible", "Une partie du site ne répond pas pour l'instant. Réessayez dans quelques minutes."),
        _ => ("Erreur du site", "Le site a rencontré une erreur. Réessayez dans quelques minutes."),
    };
}
