using System.Security.Claims;
using Communications.Audiences;
using Microsoft.AspNetCore.Http.HttpResults;
using Ssi.ServiceDefaults.Authentication;
using Ssi.ServiceDefaults.Http;

namespace Communications.Endpoints;

/// <summary>Who an audience reaches, before a campaign is sent to it.</summary>
public static class AudienceEndpoints
{
    private const int SampleSize = 10;

    public static IEndpointRouteBuilder MapAudienceEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/audiences").WithTags("Audiences")
            .RequireAuthorization(policy => policy.RequireRole(SsiRoles.Coordinator, SsiRoles.Funder, SsiRoles.Admin))
            .MapPost("/preview", PreviewAudience).WithName("PreviewAudience")
            .WithSummary("How many addresses an audience reaches now, and a sample")
            .WithDescription("Contacts are counted only where the directory's visibility (public, members) and legal basis (consent, legitimate interest, public task) allow a campaign; suppressed addresses are left out; one address counts once.");
        return app;
    }

    public static async Task<Results<Ok<AudiencePreview>, ValidationProblem, ProblemHttpResult>> PreviewAudience(
        AudiencePreviewRequest request, ClaimsPrincipal user, AudienceRules rules, AudienceResolver resolver, CancellationToken cancellationToken)
    {
        if (!request.Sender!.TryGetSender(out var sender, out var senderError))
        {
            return Problems.Invalid("sender", senderError);
        }

        if (!sender.MayBeActedForBy(user))
        {
            return Problems.Forbidden(SenderProblems.CannotActFor(sender));
        }

        var audience = request.Audience!.ToAudience();
        if ((await rules.CheckAsync(sender, audience, cancellationToken)).AsProblem() is { } problem)
        {
            return problem;
        }

        var recipients = await resolver.ResolveAsync(audience, cancellationToken);
        return TypedResults.Ok(new AudiencePreview(recipients.Count, [.. recipients.Take(SampleSize).Select(RecipientSample.From)]));
    }
}

internal static class AudienceProblems
{
    public static ProblemHttpResult? AsProblem(this AudienceCheck check) => check.Outcome switch
    {
        AudienceCheckOutcome.Valid => null,
        AudienceCheckOutcome.Malformed => TypedResults.Problem("The audience is not well formed.", statusCode: StatusCodes.Status400BadRequest,
            title: "Bad Request", extensions: new Dictionary<string, object?> { ["errors"] = check.Errors }),
        AudienceCheckOutcome.Unknown => Problems.Unprocessable("The audience names something the platform does not know.", check.Errors),
        _ => Problems.Forbidden(check.Errors.Values.First()[0]),
    };
}
