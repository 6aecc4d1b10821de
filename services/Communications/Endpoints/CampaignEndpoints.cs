using System.Security.Claims;
using Communications.Audiences;
using Communications.Data;
using Communications.Domain.Campaigns;
using Communications.Domain.Deliveries;
using Communications.Domain.Senders;
using Communications.Sending;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Ssi.ServiceDefaults.Authentication;
using Ssi.ServiceDefaults.Http;
using Ssi.ServiceDefaults.Validation;

namespace Communications.Endpoints;

/// <summary>
/// Campaigns of a territory's coordinators (to contacts of the directory inside it, or to its news
/// subscribers) and of a funder's staff (to its calls' applicants): written as drafts, scheduled,
/// paused, resumed, cancelled, with their delivery log. Nothing here is public.
/// </summary>
public static class CampaignEndpoints
{
    private const string GetCampaignRoute = "GetCampaign";

    private const int ListLimit = 200;

    /// <summary>Clocks differ a little: a start this close in the past means now.</summary>
    private static readonly TimeSpan ClockTolerance = TimeSpan.FromMinutes(1);

    private static readonly TimeSpan LongestLead = TimeSpan.FromDays(366);

    public static IEndpointRouteBuilder MapCampaignEndpoints(this IEndpointRouteBuilder app)
    {
        var campaigns = app.MapGroup("/campaigns").WithTags("Campaigns")
            .RequireAuthorization(policy => policy.RequireRole(SsiRoles.Coordinator, SsiRoles.Funder, SsiRoles.Admin));
        campaigns.MapGet("/", ListCampaigns).WithName("ListCampaigns").WithSummary("The campaigns of the senders the caller writes for, newest first");
        campaigns.MapGet("/{id:guid}", GetCampaign).WithName(GetCampaignRoute);
        campaigns.MapPost("/", CreateCampaign).WithName("CreateCampaign").WithSummary("Write a draft campaign");
        campaigns.MapPut("/{id:guid}", UpdateCampaign).WithName("UpdateCampaign")
            .WithDescription("Only a draft changes (409 otherwise: unschedule or pause it first). Requires If-Match with the campaign's ETag.");
        campaigns.MapPost("/{id:guid}/schedule", ScheduleCampaign).WithName("ScheduleCampaign")
            .WithSummary("Freeze the template's content and send at a time (now by default)");
        campaigns.MapPost("/{id:guid}/unschedule", UnscheduleCampaign).WithName("UnscheduleCampaign").WithSummary("A scheduled campaign back to a draft");
        campaigns.MapPost("/{id:guid}/pause", PauseCampaign).WithName("PauseCampaign").WithSummary("Stop sending; what is queued waits");
        campaigns.MapPost("/{id:guid}/resume", ResumeCampaign).WithName("ResumeCampaign").WithSummary("Go on sending where it stopped");
        campaigns.MapPost("/{id:guid}/cancel", CancelCampaign).WithName("CancelCampaign").WithSummary("Stop for good; what is still queued is cancelled");
        campaigns.MapGet("/{id:guid}/deliveries", ListDeliveries).WithName("ListCampaignDeliveries").WithSummary("The campaign's delivery log");
        return app;
    }

    public static async Task<Ok<List<CampaignResponse>>> ListCampaigns(ClaimsPrincipal user, CommunicationsDbContext db, CancellationToken cancellationToken)
    {
        var campaigns = (await db.Campaigns.AsNoTracking().Where(SenderFilter.Candidates<Campaign>(user, campaign => campaign.Sender))
                .OrderByDescending(campaign => campaign.Id).ToListAsync(cancellationToken))
            .Where(campaign => campaign.Sender.MayBeActedForBy(user)).Take(ListLimit).ToList();
        var ids = campaigns.Select(campaign => campaign.Id).ToList();
        var counts = (await db.Deliveries.Where(delivery => ids.Contains(delivery.CampaignId!.Value))
                .GroupBy(delivery => new { delivery.CampaignId, delivery.State })
                .Select(group => new { group.Key.CampaignId, group.Key.State, Count = group.Count() })
                .ToListAsync(cancellationToken))
            .ToLookup(row => row.CampaignId!.Value);
        return TypedResults.Ok(campaigns.Select(campaign => CampaignResponse.From(campaign, Counts(counts[campaign.Id].Select(row => (row.State, row.Count))))).ToList());
    }

    public static async Task<Results<Ok<CampaignResponse>, ProblemHttpResult>> GetCampaign(
        Guid id, ClaimsPrincipal user, CommunicationsDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var campaign = await FindAsync(db, user, id, tracked: false, cancellationToken);
        return campaign is null ? NotFound(id) : await RespondAsync(db, campaign, http, cancellationToken);
    }

    public static async Task<Results<CreatedAtRoute<CampaignResponse>, ValidationProblem, ProblemHttpResult>> CreateCampaign(
        CampaignRequest request, ClaimsPrincipal user, CommunicationsDbContext db, AudienceRules rules, TimeProvider clock, HttpContext http,
        CancellationToken cancellationToken)
    {
        if (!request.Sender!.TryGetSender(out var sender, out var senderError))
        {
            return Problems.Invalid("sender", senderError);
        }

        if (!sender.MayBeActedForBy(user))
        {
            return Problems.Forbidden(SenderProblems.CannotActFor(sender));
        }

        var (draft, problem) = await DraftAsync(request, sender, user, db, rules, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var campaign = new Campaign(sender, draft!, user.SubjectId() ?? "unknown", clock.GetUtcNow());
        db.Campaigns.Add(campaign);
        await db.SaveChangesAsync(cancellationToken);
        http.Response.SetETag(campaign.Version);
        return TypedResults.CreatedAtRoute(CampaignResponse.From(campaign, Counts([])), GetCampaignRoute, new { id = campaign.Id });
    }

    public static async Task<Results<Ok<CampaignResponse>, ValidationProblem, ProblemHttpResult>> UpdateCampaign(
        Guid id, CampaignRequest request, [FromHeader(Name = "If-Match")] string? ifMatch, ClaimsPrincipal user, CommunicationsDbContext db,
        AudienceRules rules, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var campaign = await FindAsync(db, user, id, tracked: true, cancellationToken);
        if (campaign is null)
        {
            return NotFound(id);
        }

        if (EntityTags.CheckIfMatch(ifMatch, campaign.Version, "campaign") is { } precondition)
        {
            return precondition;
        }

        if (campaign.Status != CampaignStatus.Draft)
        {
            return Problems.Conflict($"The campaign is {CampaignResponse.StatusName(campaign.Status)}: only a draft is edited (unschedule a scheduled one first).");
        }

        if (!request.Sender!.TryGetSender(out var sender, out var senderError) || sender != campaign.Sender)
        {
            return Problems.Invalid("sender", senderError is { Length: > 0 } ? senderError : "A campaign's sender does not change.");
        }

        var (draft, problem) = await DraftAsync(request, sender, user, db, rules, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        campaign.Edit(draft!, clock.GetUtcNow());
        return await SaveAsync(db, campaign, http, cancellationToken);
    }

    public static async Task<Results<Ok<CampaignResponse>, ValidationProblem, ProblemHttpResult>> ScheduleCampaign(
        Guid id, ScheduleRequest? request, ClaimsPrincipal user, CommunicationsDbContext db, AudienceRules rules, AudienceResolver audiences,
        SendingSignal signal, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var campaign = await FindAsync(db, user, id, tracked: true, cancellationToken);
        if (campaign is null)
        {
            return NotFound(id);
        }

        if (campaign.Status != CampaignStatus.Draft)
        {
            return Problems.Conflict($"The campaign is {CampaignResponse.StatusName(campaign.Status)}: only a draft is scheduled.");
        }

        var now = clock.GetUtcNow();
        var sendAt = request?.SendAt ?? now;
        if (sendAt < now - ClockTolerance)
        {
            return Problems.Unprocessable($"sendAt {sendAt:O} is in the past: give a time to come, or none to send now.",
                new Dictionary<string, string[]> { ["sendAt"] = ["sendAt is in the past."] });
        }

        if (sendAt > now + LongestLead)
        {
            return Problems.Unprocessable("A campaign is scheduled at most a year ahead.", new Dictionary<string, string[]> { ["sendAt"] = ["sendAt is more than a year ahead."] });
        }

        // The sender's rights and the audience are checked again: they may have changed since the draft was written.
        if ((await rules.CheckAsync(campaign.Sender, campaign.Audience, cancellationToken)).AsProblem() is { } audienceProblem)
        {
            return audienceProblem;
        }

        var template = await db.Templates.AsNoTracking().SingleOrDefaultAsync(template => template.Id == campaign.TemplateId, cancellationToken);
        if (template is null)
        {
            return Problems.Unprocessable($"Template {campaign.TemplateId} no longer exists.");
        }

        if ((await audiences.ResolveAsync(campaign.Audience, cancellationToken)).Count == 0)
        {
            return Problems.Unprocessable("The audience reaches nobody right now: nothing would be sent.",
                new Dictionary<string, string[]> { ["audience"] = ["The audience reaches nobody."] });
        }

        campaign.Schedule(template.Content, sendAt > now ? sendAt : now, now);
        var result = await SaveAsync(db, campaign, http, cancellationToken);
        signal.Wake();
        return result;
    }

    public static Task<Results<Ok<CampaignResponse>, ValidationProblem, ProblemHttpResult>> UnscheduleCampaign(
        Guid id, ClaimsPrincipal user, CommunicationsDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
        MoveAsync(id, user, db, http, [CampaignStatus.Scheduled], campaign => campaign.Unschedule(clock.GetUtcNow()), "unscheduled", cancellationToken);

    public static Task<Results<Ok<CampaignResponse>, ValidationProblem, ProblemHttpResult>> PauseCampaign(
        Guid id, ClaimsPrincipal user, CommunicationsDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
        MoveAsync(id, user, db, http, [CampaignStatus.Scheduled, CampaignStatus.Sending], campaign => campaign.Pause(clock.GetUtcNow()), "paused", cancellationToken);

    public static async Task<Results<Ok<CampaignResponse>, ValidationProblem, ProblemHttpResult>> ResumeCampaign(
        Guid id, ClaimsPrincipal user, CommunicationsDbContext db, SendingSignal signal, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await MoveAsync(id, user, db, http, [CampaignStatus.Paused], campaign => campaign.Resume(clock.GetUtcNow()), "resumed", cancellationToken);
        signal.Wake();
        return result;
    }

    public static async Task<Results<Ok<CampaignResponse>, ValidationProblem, ProblemHttpResult>> CancelCampaign(
        Guid id, ClaimsPrincipal user, CommunicationsDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await MoveAsync(id, user, db, http, [CampaignStatus.Draft, CampaignStatus.Scheduled, CampaignStatus.Sending, CampaignStatus.Paused],
            campaign => campaign.Cancel(clock.GetUtcNow()), "cancelled", cancellationToken);
        if (result.Result is Ok<CampaignResponse>)
        {
            await db.Deliveries.Where(delivery => delivery.CampaignId == id && delivery.State == DeliveryState.Queued)
                .ExecuteUpdateAsync(setters => setters.SetProperty(delivery => delivery.State, DeliveryState.Cancelled), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            var campaign = await db.Campaigns.AsNoTracking().SingleAsync(campaign => campaign.Id == id, cancellationToken);
            return await RespondAsync(db, campaign, http, cancellationToken);
        }

        return result;
    }

    public static async Task<Results<Ok<Page<DeliveryResponse>>, ProblemHttpResult>> ListDeliveries(
        Guid id, string? state, string? cursor, int? limit, ClaimsPrincipal user, CommunicationsDbContext db, CancellationToken cancellationToken)
    {
        if (await FindAsync(db, user, id, tracked: false, cancellationToken) is null)
        {
            return NotFound(id);
        }

        if (!PageCursor.TryGetLimit(limit, out var pageSize))
        {
            return Problems.InvalidLimit();
        }

        var query = db.Deliveries.AsNoTracking().Where(delivery => delivery.CampaignId == id);
        if (state is not null)
        {
            if (!ApiEnum<DeliveryState>.TryParse(state, out var wanted))
            {
                return Problems.BadRequest($"state must be one of {string.Join(", ", ApiEnum<DeliveryState>.Names)}.");
            }

            query = query.Where(delivery => delivery.State == wanted);
        }

        if (cursor is not null)
        {
            if (!PageCursor.TryDecodeId(cursor, out var after))
            {
                return Problems.InvalidCursor();
            }

            query = query.Where(delivery => delivery.Id > after);
        }

        var page = await query.OrderBy(delivery => delivery.Id).Take(pageSize + 1).ToListAsync(cancellationToken);
        var next = page.Count > pageSize ? PageCursor.Encode(page[pageSize - 1].Id.ToString()) : null;
        return TypedResults.Ok(new Page<DeliveryResponse>([.. page.Take(pageSize).Select(DeliveryResponse.From)], next));
    }

    private static async Task<(CampaignDraft? Draft, ProblemHttpResult? Problem)> DraftAsync(
        CampaignRequest request, Domain.Senders.Sender sender, ClaimsPrincipal user, CommunicationsDbContext db, AudienceRules rules, CancellationToken cancellationToken)
    {
        var replyTo = request.ReplyTo?.Trim().ToLowerInvariant();
        if (replyTo is not null && !EmailAddressRule.IsValid(replyTo))
        {
            return (null, Problems.Unprocessable("replyTo is not a plain e-mail address.", new Dictionary<string, string[]> { ["replyTo"] = ["replyTo must be name@domain.tld."] }));
        }

        var template = await TemplateEndpoints.FindAsync(db, user, request.TemplateId!.Value, tracked: false, cancellationToken);
        if (template is null || template.Sender != sender)
        {
            return (null, Problems.Unprocessable($"No template of this sender has the id {request.TemplateId}.",
                new Dictionary<string, string[]> { ["templateId"] = ["Unknown template for this sender."] }));
        }

        var audience = request.Audience!.ToAudience();
        if ((await rules.CheckAsync(sender, audience, cancellationToken)).AsProblem() is { } problem)
        {
            return (null, problem);
        }

        return (new CampaignDraft(request.Name.Trim(), request.SenderName.Trim(), replyTo, template.Id, audience), null);
    }

    private static async Task<Results<Ok<CampaignResponse>, ValidationProblem, ProblemHttpResult>> MoveAsync(
        Guid id, ClaimsPrincipal user, CommunicationsDbContext db, HttpContext http, CampaignStatus[] from, Action<Campaign> move, string verb,
        CancellationToken cancellationToken)
    {
        var campaign = await FindAsync(db, user, id, tracked: true, cancellationToken);
        if (campaign is null)
        {
            return NotFound(id);
        }

        if (!from.Contains(campaign.Status))
        {
            return Problems.Conflict($"The campaign is {CampaignResponse.StatusName(campaign.Status)}: it cannot be {verb}.");
        }

        move(campaign);
        return await SaveAsync(db, campaign, http, cancellationToken);
    }

    private static async Task<Results<Ok<CampaignResponse>, ValidationProblem, ProblemHttpResult>> SaveAsync(
        CommunicationsDbContext db, Campaign campaign, HttpContext http, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problems.Conflict("The campaign changed meanwhile (it may have started sending): read it again and retry.");
        }

        return await RespondAsync(db, campaign, http, cancellationToken);
    }

    private static async Task<Ok<CampaignResponse>> RespondAsync(CommunicationsDbContext db, Campaign campaign, HttpContext http, CancellationToken cancellationToken)
    {
        var counts = await db.Deliveries.Where(delivery => delivery.CampaignId == campaign.Id)
            .GroupBy(delivery => delivery.State)
            .Select(group => new { State = group.Key, Count = group.Count() })
            .ToListAsync(cancellationToken);
        http.Response.SetETag(campaign.Version);
        return TypedResults.Ok(CampaignResponse.From(campaign, Counts(counts.Select(row => (row.State, row.Count)))));
    }

    private static Dictionary<string, int> Counts(IEnumerable<(DeliveryState State, int Count)> rows)
    {
        var counts = Enum.GetValues<DeliveryState>().ToDictionary(ApiEnum<DeliveryState>.NameOf, _ => 0);
        foreach (var (state, count) in rows)
        {
            counts[ApiEnum<DeliveryState>.NameOf(state)] = count;
        }

        return counts;
    }

    /// <summary>A campaign the caller writes for; others' are answered 404.</summary>
    private static async Task<Campaign?> FindAsync(CommunicationsDbContext db, ClaimsPrincipal user, Guid id, bool tracked, CancellationToken cancellationToken)
    {
        var campaigns = tracked ? db.Campaigns : db.Campaigns.AsNoTracking();
        var campaign = await campaigns.SingleOrDefaultAsync(campaign => campaign.Id == id, cancellationToken);
        return campaign is not null && campaign.Sender.MayBeActedForBy(user) ? campaign : null;
    }

    private static ProblemHttpResult NotFound(Guid id) => Problems.NotFound($"No campaign the caller writes for has the id {id}.");
}
