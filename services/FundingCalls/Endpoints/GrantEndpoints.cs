using Ssi.ServiceDefaults.Text;
using System.Globalization;
using System.Security.Claims;
using FundingCalls.Data;
using FundingCalls.Documents;
using FundingCalls.Domain.Grants;
using FundingCalls.Domain.Scheduling;
using FundingCalls.Scheduling;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Ssi.ServiceDefaults.Data;
using Ssi.ServiceDefaults.Http;
using Ssi.ServiceDefaults.Publishing;
using Ssi.ServiceDefaults.Time;
using Ssi.ServiceDefaults.Validation;

namespace FundingCalls.Endpoints;

/// <summary>
/// Grants: published to anyone as open data of public subsidies; managed by their funder's staff
/// (agreement, payment schedule, payments); read by their beneficiary.
/// </summary>
public static class GrantEndpoints
{
    public static IEndpointRouteBuilder MapGrantEndpoints(this IEndpointRouteBuilder app)
    {
        var grants = app.MapGroup("/grants").WithTags("Grants");
        grants.MapGet("/", ListGrants).WithName("ListGrants").AllowAnonymous();
        grants.MapGet("/export.csv", ExportGrants).WithName("ExportGrants").AllowAnonymous();
        grants.MapGet("/{id:guid}", GetGrant).WithName("GetGrant").RequireAuthorization();
        app.MapGet("/calls/{callId:guid}/grants", ListCallGrants).WithName("ListCallGrants").WithTags("Grants").RequireAuthorization();
        grants.MapPut("/{id:guid}/agreement", RecordAgreement).WithName("RecordAgreement").RequireAuthorization();
        grants.MapPut("/{id:guid}/payments", SchedulePayments).WithName("SchedulePayments").RequireAuthorization();
        grants.MapPost("/{id:guid}/payments/{paymentId:guid}/paid", MarkPaid).WithName("MarkPaymentPaid").RequireAuthorization();
        return app;
    }

    /// <summary>Every grant awarded, newest first: the open data of public subsidies.</summary>
    public static async Task<Results<Ok<Page<PublicGrantResponse>>, ProblemHttpResult>> ListGrants(
        FundingDbContext db, int? edition, Guid? funderId, Guid? beneficiaryId, Guid? callId, int? limit, string? cursor, CancellationToken cancellationToken)
    {
        if (!PageCursor.TryGetLimit(limit, out var pageSize))
        {
            return Problems.InvalidLimit();
        }

        (DateTimeOffset AwardedAt, Guid Id)? after = null;
        if (cursor is not null)
        {
            if (!PageCursor.TryDecode(cursor, 2, out var keys)
                || !DateTimeOffset.TryParseExact(keys[0], "O", CultureInfo.InvariantCulture, DateTimeStyles.None, out var afterAwarded)
                || !Guid.TryParse(keys[1], out var afterId))
            {
                return Problems.InvalidCursor();
            }

            after = (afterAwarded, afterId);
        }

        var page = await PublicGrants(db, edition, funderId, beneficiaryId, callId, after).Take(pageSize + 1).ToListAsync(cancellationToken);
        var last = page.Count > pageSize ? page[pageSize - 1] : null;
        var next = last is null ? null : PageCursor.Encode(last.AwardedAt.ToString("O", CultureInfo.InvariantCulture), last.Id.ToString());
        return TypedResults.Ok(new Page<PublicGrantResponse>([.. page.Take(pageSize)], next));
    }

    /// <summary>The same grants as CSV, one line each, for spreadsheets and open-data portals.</summary>
    public static PushStreamHttpResult ExportGrants(FundingDbContext db, int? edition, Guid? funderId, Guid? beneficiaryId, Guid? callId, CancellationToken cancellationToken) =>
        CsvExport.Download("subventions.csv",
            ["grant_id", "funder", "beneficiary", "beneficiary_id", "call_id", "call", "edition", "project", "amount_cents", "deliberation", "awarded_at"],
            PublicGrants(db, edition, funderId, beneficiaryId, callId, after: null).AsAsyncEnumerable(),
            grant => [grant.Id.ToString(), grant.Funder.Name, grant.Beneficiary.Name, grant.Beneficiary.Id.ToString(), grant.CallId.ToString(), grant.CallTitle,
                grant.Edition.ToString(CultureInfo.InvariantCulture), grant.ProjectTitle, grant.AmountCents.ToString(CultureInfo.InvariantCulture),
                grant.DeliberationNumber, CsvExport.Timestamp(grant.AwardedAt)],
            cancellationToken);

    public static async Task<Results<Ok<GrantResponse>, ProblemHttpResult>> GetGrant(
        Guid id, ClaimsPrincipal user, FundingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await GrantAccess.LoadAsync(id, user, db, track: false, cancellationToken) is not { } access)
        {
            return Problems.NotFound($"No grant of yours has the id {id}.");
        }

        var report = await db.Reports.AsNoTracking().SingleOrDefaultAsync(report => report.GrantId == id, cancellationToken);
        return TypedResults.Ok(GrantResponse.From(access.Grant, access.BeneficiaryName, report, ParisTime.Today(clock)));
    }

    /// <summary>A call's grants for its funder's staff, with their payments and where each report stands (filed, due, overdue).</summary>
    public static async Task<Results<Ok<IReadOnlyList<GrantResponse>>, ProblemHttpResult>> ListCallGrants(
        Guid callId, ClaimsPrincipal user, FundingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await db.CallRunByAsync(callId, user, track: false, cancellationToken) is null)
        {
            return Problems.NotFound($"No funding call of yours has the id {callId}.");
        }

        var rows = await (from grant in db.Grants.AsNoTracking()
                          join beneficiary in db.Actors on grant.BeneficiaryId equals beneficiary.ActorId
                          join report in db.Reports on grant.Id equals report.GrantId into reports
                          from report in reports.DefaultIfEmpty()
                          where grant.CallId == callId
                          orderby grant.AwardedAt, grant.Id
                          select new { grant, beneficiary.Name, report })
            .ToListAsync(cancellationToken);
        var today = ParisTime.Today(clock);
        return TypedResults.Ok<IReadOnlyList<GrantResponse>>([.. rows.Select(row => GrantResponse.From(row.grant, row.Name, row.report, today))]);
    }

    public static Task<Results<Ok<GrantResponse>, ValidationProblem, ProblemHttpResult>> RecordAgreement(
        Guid id, AgreementRequest request, ClaimsPrincipal user, FundingDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        ManageAsync(id, user, db, clock, cancellationToken, grant =>
        {
            grant.RecordAgreement(request.Reference.Trim(), request.SignedOn!.Value);
            return null;
        });

    /// <summary>Sets the payment schedule (advance, instalments, balance), announcing each payment on its due day.</summary>
    public static async Task<Results<Ok<GrantResponse>, ValidationProblem, ProblemHttpResult>> SchedulePayments(
        Guid id, ScheduleRequest request, ClaimsPrincipal user, FundingDbContext db, TimeProvider clock, DueJobSignal scheduler, CancellationToken cancellationToken)
    {
        var payments = request.Payments!.Select(payment => (payment.Kind!.Value, payment.AmountCents!.Value, payment.DueOn!.Value)).ToList();
        var result = await ManageAsync(id, user, db, clock, cancellationToken, grant =>
        {
            var total = payments.Sum(payment => payment.Item2);
            if (total != grant.AmountCents)
            {
                return Problems.Unprocessable($"The payments total {FrenchFormat.Euros(total)}; they must total the grant, {FrenchFormat.Euros(grant.AmountCents)}.");
            }

            var obsolete = grant.Payments.Select(payment => payment.Id).ToList();
            if (grant.Schedule(payments, clock.GetDatabaseNow()) is { } refusal)
            {
                return Problems.Conflict(refusal);
            }

            db.DueJobs.RemoveRange(db.DueJobs.Where(job => job.Kind == DueJobKind.PaymentDue && obsolete.Contains(job.SubjectId) && job.CompletedAt == null));
            db.DueJobs.AddRange(grant.Payments.Select(payment => new DueJob(DueJobKind.PaymentDue, payment.Id, ParisTime.StartOf(payment.DueOn).AddHours(9))));
            return null;
        });
        scheduler.Wake();
        return result;
    }

    public static Task<Results<Ok<GrantResponse>, ValidationProblem, ProblemHttpResult>> MarkPaid(
        Guid id, Guid paymentId, PaidRequest request, ClaimsPrincipal user, FundingDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        ManageAsync(id, user, db, clock, cancellationToken, grant =>
            grant.Payments.All(payment => payment.Id != paymentId) ? Problems.NotFound($"The grant has no payment {paymentId}.")
            : grant.MarkPaid(paymentId, request.PaidOn!.Value) is { } refusal ? Problems.Conflict(refusal)
            : null);

    private static async Task<Results<Ok<GrantResponse>, ValidationProblem, ProblemHttpResult>> ManageAsync(
        Guid id, ClaimsPrincipal user, FundingDbContext db, TimeProvider clock, CancellationToken cancellationToken, Func<Grant, ProblemHttpResult?> change)
    {
        if (await GrantAccess.LoadAsync(id, user, db, track: true, cancellationToken) is not { } access)
        {
            return Problems.NotFound($"No grant of yours has the id {id}.");
        }

        if (!access.RunsGrant)
        {
            return Problems.Forbidden("Only the funder's staff manage a grant.");
        }

        if (change(access.Grant) is { } refusal)
        {
            return refusal;
        }

        await db.SaveChangesAsync(cancellationToken);
        var report = await db.Reports.AsNoTracking().SingleOrDefaultAsync(report => report.GrantId == id, cancellationToken);
        return TypedResults.Ok(GrantResponse.From(access.Grant, access.BeneficiaryName, report, ParisTime.Today(clock)));
    }

    /// <summary>Newest first, after the cursor's grant when given.</summary>
    /// <remarks>Filtered and ordered on the entities, then projected: EF translates nothing on a projected record.</remarks>
    private static IQueryable<PublicGrantResponse> PublicGrants(
        FundingDbContext db, int? edition, Guid? funderId, Guid? beneficiaryId, Guid? callId, (DateTimeOffset AwardedAt, Guid Id)? after)
    {
        var grants = db.Grants.AsQueryable();
        if (after is var (afterAwarded, afterId))
        {
            grants = grants.Where(grant => grant.AwardedAt < afterAwarded || (grant.AwardedAt == afterAwarded && grant.Id < afterId));
        }

        grants = funderId is null ? grants : grants.Where(grant => grant.FunderId == funderId);
        grants = beneficiaryId is null ? grants : grants.Where(grant => grant.BeneficiaryId == beneficiaryId);
        grants = callId is null ? grants : grants.Where(grant => grant.CallId == callId);
        var calls = edition is null ? db.Calls : db.Calls.Where(call => call.Edition == edition);
        return from grant in grants
               join call in calls on grant.CallId equals call.Id
               orderby grant.AwardedAt descending, grant.Id descending
               join funder in db.Actors on grant.FunderId equals funder.ActorId
               join beneficiary in db.Actors on grant.BeneficiaryId equals beneficiary.ActorId
               select new PublicGrantResponse(grant.Id, new ActorName(funder.ActorId, funder.Name), new ActorName(beneficiary.ActorId, beneficiary.Name),
                   call.Id, call.Title, call.Edition, grant.ProjectTitle, grant.AmountCents, grant.DeliberationNumber, grant.AwardedAt);
    }
}
