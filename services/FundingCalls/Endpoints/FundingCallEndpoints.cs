using System.Globalization;
using System.Security.Claims;
using FundingCalls.Data;
using FundingCalls.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Ssi.ServiceDefaults.Authentication;
using Ssi.ServiceDefaults.Data;
using Ssi.ServiceDefaults.Http;
using Ssi.ServiceDefaults.Territories;

namespace FundingCalls.Endpoints;

public static class FundingCallEndpoints
{
    private const string GetCallRoute = "GetFundingCall";

    public static IEndpointRouteBuilder MapFundingCallEndpoints(this IEndpointRouteBuilder app)
    {
        var calls = app.MapGroup("/calls").WithTags("Funding calls");

        calls.MapGet("/", ListCalls).WithName("ListFundingCalls").AllowAnonymous();
        calls.MapGet("/{id:guid}", GetCall).WithName(GetCallRoute).AllowAnonymous();
        calls.MapPost("/", CreateCall).WithName("CreateFundingCall")
            .RequireAuthorization(policy => policy.RequireRole(SsiRoles.Funder, SsiRoles.Admin));

        return app;
    }

    /// <param name="openOn">Only the calls open on that day.</param>
    public static async Task<Results<Ok<Page<FundingCallResponse>>, ValidationProblem, ProblemHttpResult>> ListCalls(
        FundingDbContext db, string? territory, DateOnly? openOn, int? limit, string? cursor, CancellationToken cancellationToken)
    {
        if (!PageCursor.TryGetLimit(limit, out var pageSize))
        {
            return Problems.InvalidLimit();
        }

        var query = db.Calls.AsNoTracking();
        if (cursor is not null)
        {
            if (!PageCursor.TryDecode(cursor, 2, out var keys)
                || !DateOnly.TryParseExact(keys[0], "O", CultureInfo.InvariantCulture, DateTimeStyles.None, out var afterClosing)
                || !Guid.TryParse(keys[1], out var afterId))
            {
                return Problems.InvalidCursor();
            }

            query = query.Where(call => call.ClosesOn > afterClosing || (call.ClosesOn == afterClosing && call.Id > afterId));
        }

        if (territory is not null)
        {
            if (!TerritoryReference.TryRead(territory, out var reference))
            {
                return Problems.Invalid("territory", $"'{territory}' is not a territory: {TerritoryReference.Expected}, or a bare commune, EPCI or department code.");
            }

            var named = reference.ToString();
            query = query.Where(call => call.TerritoryCode == named);
        }

        if (openOn is not null)
        {
            query = query.Where(call => call.OpensOn <= openOn && openOn <= call.ClosesOn);
        }

        var page = await query.OrderBy(call => call.ClosesOn).ThenBy(call => call.Id).Take(pageSize + 1).ToListAsync(cancellationToken);
        var last = page.Count > pageSize ? page[pageSize - 1] : null;
        var nextCursor = last is null ? null : PageCursor.Encode(last.ClosesOn.ToString("O", CultureInfo.InvariantCulture), last.Id.ToString());
        return TypedResults.Ok(new Page<FundingCallResponse>(page.Take(pageSize).Select(FundingCallResponse.From).ToList(), nextCursor));
    }

    public static async Task<Results<Ok<FundingCallResponse>, ProblemHttpResult>> GetCall(Guid id, FundingDbContext db, CancellationToken cancellationToken)
    {
        var call = await db.Calls.AsNoTracking().SingleOrDefaultAsync(call => call.Id == id, cancellationToken);
        return call is null ? Problems.NotFound($"No funding call has the id {id}.") : TypedResults.Ok(FundingCallResponse.From(call));
    }

    public static async Task<Results<CreatedAtRoute<FundingCallResponse>, ValidationProblem, ProblemHttpResult>> CreateCall(
        CreateFundingCallRequest request, ClaimsPrincipal user, FundingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (request.ClosesOn < request.OpensOn)
        {
            return Problems.Invalid("closesOn", "A call must close on or after the day it opens.");
        }

        if (!TerritoryReference.TryRead(request.TerritoryCode, out var territory))
        {
            return Problems.Invalid("territoryCode", $"'{request.TerritoryCode}' is not a territory: {TerritoryReference.Expected}, or a bare commune, EPCI or department code.");
        }

        if (!user.IsAdmin() && !user.Covers(territory))
        {
            return Problems.Forbidden($"A funder opens calls only in the territories of its token; none of them contains {territory}.");
        }

        var call = new FundingCall(request.Title.Trim(), request.Description?.Trim(), territory.ToString(), request.BudgetEnvelope!.Value,
            request.OpensOn!.Value, request.ClosesOn!.Value, user.SubjectId() ?? "unknown", clock.GetDatabaseNow());
        db.Calls.Add(call);
        await db.SaveChangesAsync(cancellationToken);

        return TypedResults.CreatedAtRoute(FundingCallResponse.From(call), GetCallRoute, new { id = call.Id });
    }
}
