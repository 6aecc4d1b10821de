using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Ssi.ServiceDefaults.Http;

/// <summary>
/// Turns the client's mistakes that surface as exceptions (unreadable JSON, a body over the size
/// limit, a parameter that does not bind) into a 4xx problem response instead of a 500.
/// </summary>
public sealed class BadRequestExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, detail) = exception switch
        {
            BadHttpRequestException { InnerException: JsonException json } => (StatusCodes.Status400BadRequest, $"The request body is not valid JSON: {json.Message}"),
            BadHttpRequestException badRequest => (badRequest.StatusCode, badRequest.Message),
            JsonException json => (StatusCodes.Status400BadRequest, $"The request body is not valid JSON: {json.Message}"),
            _ => (0, null),
        };

        if (status == 0)
        {
            return false;
        }

        httpContext.Response.StatusCode = status;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails { Status = status, Title = ReasonPhrase(status), Detail = detail },
        });
    }

    private static string ReasonPhrase(int status) =>
        Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status);
}
