using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http;
using Ssi.ServiceDefaults.Territories;

namespace Ssi.ServiceDefaults.Http;

/// <summary>The RFC 9457 answers the services give for a request they cannot take.</summary>
public static class Problems
{
    public static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });

    /// <summary>A malformed query parameter or header, which a validation problem's field map cannot name.</summary>
    public static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "Bad Request");

    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not Found");

    public static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: "Conflict");

    public static ProblemHttpResult Unprocessable(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status422UnprocessableEntity, title: "Unprocessable Content");

    /// <summary>A request well formed but refused by several rules at once, each named under <c>errors</c> as a validation problem does.</summary>
    public static ProblemHttpResult Unprocessable(string detail, IReadOnlyDictionary<string, string[]> errors) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status422UnprocessableEntity, title: "Unprocessable Content",
            extensions: new Dictionary<string, object?> { ["errors"] = errors });

    public static ProblemHttpResult Forbidden(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status403Forbidden, title: "Forbidden");

    /// <summary>A service this request needs did not answer: nothing was changed, and the same request may be sent again.</summary>
    public static ProblemHttpResult Unavailable(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status503ServiceUnavailable, title: "Service Unavailable");

    /// <summary>A territory parameter that is not a territory reference (<c>department:64</c>).</summary>
    public static ProblemHttpResult InvalidTerritory(string text) =>
        BadRequest($"'{text}' is not a territory: expected {TerritoryReference.Expected}.");

    public static ProblemHttpResult InvalidCursor() =>
        TypedResults.Problem("The cursor is not one this list issued.", statusCode: StatusCodes.Status400BadRequest, title: "Bad Request");

    public static ProblemHttpResult InvalidLimit() =>
        TypedResults.Problem($"limit must be between 1 and {PageCursor.MaxLimit}.", statusCode: StatusCodes.Status400BadRequest, title: "Bad Request");
}
