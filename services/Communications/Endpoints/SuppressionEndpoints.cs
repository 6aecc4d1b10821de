using Communications.Data;
using Communications.Domain.Deliveries;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Ssi.ServiceDefaults.Authentication;
using Ssi.ServiceDefaults.Http;
using Ssi.ServiceDefaults.Validation;

namespace Communications.Endpoints;

/// <summary>The addresses nothing is sent to, whatever names them: for admins, who add one on request and release one the person wants back.</summary>
public static class SuppressionEndpoints
{
    public static IEndpointRouteBuilder MapSuppressionEndpoints(this IEndpointRouteBuilder app)
    {
        var suppressions = app.MapGroup("/suppressions").WithTags("Suppression list")
            .RequireAuthorization(policy => policy.RequireRole(SsiRoles.Admin));
        suppressions.MapGet("/", ListSuppressions).WithName("ListSuppressions");
        suppressions.MapPut("/{email}", Suppress).WithName("Suppress").WithSummary("Send nothing more to an address");
        suppressions.MapDelete("/{email}", Release).WithName("ReleaseSuppression").WithSummary("Let an address receive e-mail again");
        return app;
    }

    public static async Task<Results<Ok<Page<SuppressionResponse>>, ProblemHttpResult>> ListSuppressions(
        string? cursor, int? limit, CommunicationsDbContext db, CancellationToken cancellationToken)
    {
        if (!PageCursor.TryGetLimit(limit, out var pageSize))
        {
            return Problems.InvalidLimit();
        }

        var query = db.SuppressedAddresses.AsNoTracking();
        if (cursor is not null)
        {
            if (!PageCursor.TryDecode(cursor, 1, out var keys))
            {
                return Problems.InvalidCursor();
            }

            var after = keys[0];
            query = query.Where(address => string.Compare(address.Email, after) > 0);
        }

        var page = await query.OrderBy(address => address.Email).Take(pageSize + 1).ToListAsync(cancellationToken);
        var next = page.Count > pageSize ? PageCursor.Encode(page[pageSize - 1].Email) : null;
        return TypedResults.Ok(new Page<SuppressionResponse>([.. page.Take(pageSize).Select(SuppressionResponse.From)], next));
    }

    public static async Task<Results<Ok<SuppressionResponse>, ValidationProblem>> Suppress(
        string email, CommunicationsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var address = email.Trim().ToLowerInvariant();
        if (!EmailAddressRule.IsValid(address))
        {
            return Problems.Invalid("email", "email must be a plain e-mail address (name@domain.tld).");
        }

        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO suppressed_addresses (email, reason, created_at) VALUES ({address}, 'Manual', {clock.GetUtcNow()}) ON CONFLICT (email) DO NOTHING
            """, cancellationToken);
        var suppressed = await db.SuppressedAddresses.AsNoTracking().SingleAsync(a => a.Email == address, cancellationToken);
        return TypedResults.Ok(SuppressionResponse.From(suppressed));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Release(string email, CommunicationsDbContext db, CancellationToken cancellationToken)
    {
        var address = email.Trim().ToLowerInvariant();
        return await db.SuppressedAddresses.Where(a => a.Email == address).ExecuteDeleteAsync(cancellationToken) == 0
            ? Problems.NotFound($"{address} is not on the suppression list.")
            : TypedResults.NoContent();
    }
}

public sealed record SuppressionResponse(string Email, string Reason, DateTimeOffset CreatedAt)
{
    public static SuppressionResponse From(SuppressedAddress address) => new(address.Email, ApiEnum<SuppressionReason>.NameOf(address.Reason), address.CreatedAt);
}
