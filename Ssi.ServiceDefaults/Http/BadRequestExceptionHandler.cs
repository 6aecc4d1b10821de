using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Ssi.ServiceDefaults.Http;

/// <summary>
/// Turns what surfaces as exceptions but is no server fault into a 4xx problem response instead of
/// a 500: the client's mistakes (unreadable JSON, a body over the size limit, a parameter that does
/// not bind) and conflicts with a concurrent request (an optimistic concurrency token that moved,
/// a unique key taken meanwhile, a serialization failure), which every service answers with 409.
/// </summary>
public sealed class BadRequestExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, detail) = exception switch
        {
            BadHttpRequestException { InnerException: JsonException json } => (StatusCodes.Status400BadRequest, ApiJsonErrors.Describe(json)),
            BadHttpRequestException badRequest => (badRequest.StatusCode, badRequest.Message),
            JsonException json => (StatusCodes.Status400BadRequest, ApiJsonErrors.Describe(json)),
            DbUpdateConcurrencyException => (StatusCodes.Status409Conflict,
                "The resource changed while this request was being handled (another request came first): read it again, then retry."),
            DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } } => (StatusCodes.Status409Conflict,
                "Another request created the same record at the same time: read it, then retry if still needed."),
            _ when exception.GetBaseException() is PostgresException { SqlState: PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected } =>
                (StatusCodes.Status409Conflict, "A concurrent request changed the same data: retry."),
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
