using System.Security.Claims;
using Communications.Campaigns;
using Communications.Data;
using Communications.Domain.Senders;
using Communications.Domain.Templates;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Ssi.ServiceDefaults.Authentication;
using Ssi.ServiceDefaults.Http;

namespace Communications.Endpoints;

/// <summary>
/// Campaign templates, written by a territory's coordinators or a funder's staff for their own
/// campaigns. A template using a variable the platform does not provide is refused when saved, not
/// discovered when sending.
/// </summary>
public static class TemplateEndpoints
{
    private const string GetTemplateRoute = "GetTemplate";

    public static IEndpointRouteBuilder MapTemplateEndpoints(this IEndpointRouteBuilder app)
    {
        var templates = app.MapGroup("/templates").WithTags("Templates")
            .RequireAuthorization(policy => policy.RequireRole(SsiRoles.Coordinator, SsiRoles.Funder, SsiRoles.Admin));
        templates.MapGet("/", ListTemplates).WithName("ListTemplates").WithSummary("The templates of the senders the caller writes for");
        templates.MapGet("/{id:guid}", GetTemplate).WithName(GetTemplateRoute);
        templates.MapPost("/", CreateTemplate).WithName("CreateTemplate").WithSummary("Save a template (its variables are checked)");
        templates.MapPut("/{id:guid}", UpdateTemplate).WithName("UpdateTemplate")
            .WithDescription("Requires If-Match with the template's ETag. Campaigns already scheduled keep the content they froze.");
        templates.MapPost("/preview", PreviewContent).WithName("PreviewTemplateContent").WithSummary("Render unsaved template parts with sample values");
        templates.MapGet("/{id:guid}/preview", PreviewTemplate).WithName("PreviewTemplate").WithSummary("Render a template with sample values");
        return app;
    }

    public static async Task<Ok<List<TemplateResponse>>> ListTemplates(ClaimsPrincipal user, CommunicationsDbContext db, CancellationToken cancellationToken)
    {
        var templates = await db.Templates.AsNoTracking().Where(SenderFilter.Candidates<MessageTemplate>(user, template => template.Sender))
            .OrderByDescending(template => template.UpdatedAt).ToListAsync(cancellationToken);
        return TypedResults.Ok(templates.Where(template => template.Sender.MayBeActedForBy(user)).Take(200).Select(TemplateResponse.From).ToList());
    }

    public static async Task<Results<Ok<TemplateResponse>, ProblemHttpResult>> GetTemplate(
        Guid id, ClaimsPrincipal user, CommunicationsDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var template = await FindAsync(db, user, id, tracked: false, cancellationToken);
        if (template is null)
        {
            return NotFound(id);
        }

        http.Response.SetETag(template.Version);
        return TypedResults.Ok(TemplateResponse.From(template));
    }

    public static async Task<Results<CreatedAtRoute<TemplateResponse>, ValidationProblem, ProblemHttpResult>> CreateTemplate(
        TemplateRequest request, ClaimsPrincipal user, CommunicationsDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        if (!request.Sender!.TryGetSender(out var sender, out var senderError))
        {
            return Problems.Invalid("sender", senderError);
        }

        if (!sender.MayBeActedForBy(user))
        {
            return Problems.Forbidden(SenderProblems.CannotActFor(sender));
        }

        if (TemplateCheck.Errors(request.Content) is { Count: > 0 } errors)
        {
            return Problems.Unprocessable("The template cannot be rendered as written.", errors);
        }

        var template = new MessageTemplate(sender, request.Content, clock.GetUtcNow());
        db.Templates.Add(template);
        await db.SaveChangesAsync(cancellationToken);
        http.Response.SetETag(template.Version);
        return TypedResults.CreatedAtRoute(TemplateResponse.From(template), GetTemplateRoute, new { id = template.Id });
    }

    public static async Task<Results<Ok<TemplateResponse>, ValidationProblem, ProblemHttpResult>> UpdateTemplate(
        Guid id, TemplateRequest request, [FromHeader(Name = "If-Match")] string? ifMatch, ClaimsPrincipal user, CommunicationsDbContext db,
        TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var template = await FindAsync(db, user, id, tracked: true, cancellationToken);
        if (template is null)
        {
            return NotFound(id);
        }

        if (EntityTags.CheckIfMatch(ifMatch, template.Version, "template") is { } precondition)
        {
            return precondition;
        }

        if (!request.Sender!.TryGetSender(out var sender, out var senderError) || sender != template.Sender)
        {
            return Problems.Invalid("sender", senderError is { Length: > 0 } ? senderError : "A template's sender does not change.");
        }

        if (TemplateCheck.Errors(request.Content) is { Count: > 0 } errors)
        {
            return Problems.Unprocessable("The template cannot be rendered as written.", errors);
        }

        template.Edit(request.Content, clock.GetUtcNow());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return EntityTags.Stale("template");
        }

        http.Response.SetETag(template.Version);
        return TypedResults.Ok(TemplateResponse.From(template));
    }

    public static Results<Ok<TemplatePreview>, ProblemHttpResult> PreviewContent(TemplatePreviewRequest request) =>
        TemplateCheck.Errors(request.Content) is { Count: > 0 } errors
            ? Problems.Unprocessable("The template cannot be rendered as written.", errors)
            : TypedResults.Ok(Preview(request.Content));

    public static async Task<Results<Ok<TemplatePreview>, ProblemHttpResult>> PreviewTemplate(
        Guid id, ClaimsPrincipal user, CommunicationsDbContext db, CancellationToken cancellationToken)
    {
        var template = await FindAsync(db, user, id, tracked: false, cancellationToken);
        return template is null ? NotFound(id) : TypedResults.Ok(Preview(template.Content));
    }

    /// <summary>A template the caller writes for; others' are answered 404, so that their existence does not leak.</summary>
    internal static async Task<MessageTemplate?> FindAsync(CommunicationsDbContext db, ClaimsPrincipal user, Guid id, bool tracked, CancellationToken cancellationToken)
    {
        var templates = tracked ? db.Templates : db.Templates.AsNoTracking();
        var template = await templates.SingleOrDefaultAsync(template => template.Id == id, cancellationToken);
        return template is not null && template.Sender.MayBeActedForBy(user) ? template : null;
    }

    private static TemplatePreview Preview(MessageContent content)
    {
        var rendered = CampaignRenderer.Preview(content);
        return new TemplatePreview(rendered.Subject, rendered.HtmlBody, rendered.TextBody, CampaignVariables.Samples);
    }

    private static ProblemHttpResult NotFound(Guid id) => Problems.NotFound($"No template the caller writes for has the id {id}.");
}
