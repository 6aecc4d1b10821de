using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using PublicSite.Site;

namespace PublicSite.Pages;

/// <summary>The French page of every failure; it also answers the re-executed POST of a refused form.</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public string Heading { get; private set; } = "";

    public string Explanation { get; private set; } = "";

    public void OnGet(int? code) => Describe(code);

    public void OnPost(int? code) => Describe(code);

    private void Describe(int? code)
    {
        var exception = HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error;
        var reExecuted = exception is not null || HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not null;
        if (!reExecuted)
        {
            Response.StatusCode = code is >= 400 and < 600 ? code.Value : StatusCodes.Status404NotFound;
        }

        (Heading, Explanation) = FrenchErrorPages.Describe(Response.StatusCode, exception);
        Response.Headers.CacheControl = "no-store";
    }
}
