using Communications.Data;
using Communications.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Ssi.ServiceDefaults.Http;
using Ssi.ServiceDefaults.Territories;

namespace Communications.Endpoints;

public static class ProgrammeEndpoints
{
    /// <summary>A commune's programme of the week fits comfortably; a bigger one is cut at this many events.</summary>
    private const int MaxEntries = 500;

    public static IEndpointRouteBuilder MapProgrammeEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/programmes").WithTags("Programmes")
            .MapGet("/{territoryCode}", GetProgramme).WithName("GetProgramme").AllowAnonymous();
        return app;
    }

    /// <summary>The local programme of a commune: its published events in chronological order.</summary>
    public static async Task<Results<Ok<ProgrammeResponse>, ValidationProblem>> GetProgramme(
        string territoryCode, DateTimeOffset? from, DateTimeOffset? to, CommunicationsDbContext db, CancellationToken cancellationToken)
    {
        if (!CommuneCode.IsValid(territoryCode))
        {
            return Problems.Invalid("territoryCode", $"'{territoryCode}' is not an INSEE commune code (5 characters, e.g. 64129).");
        }

        var query = db.ProgrammeEntries.AsNoTracking().Where(entry => entry.TerritoryCode == territoryCode).Where(ProgrammeEntry.IsListed);
        if (from is not null)
        {
            query = query.Where(entry => entry.EndsAt >= from.Value.ToUniversalTime());
        }

        if (to is not null)
        {
            query = query.Where(entry => entry.StartsAt <= to.Value.ToUniversalTime());
        }

        var entries = await query.OrderBy(entry => entry.StartsAt).ThenBy(entry => entry.EventId).Take(MaxEntries).ToListAsync(cancellationToken);
        return TypedResults.Ok(new ProgrammeResponse(territoryCode, entries.Select(ProgrammeEntryResponse.From).ToList()));
    }
}
