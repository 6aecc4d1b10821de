using EventsCalendar.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Ssi.ServiceDefaults.Http;

namespace EventsCalendar.Endpoints;

public static class OrganiserEndpoints
{
    public static IEndpointRouteBuilder MapOrganiserEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/organisers").WithTags("Organisers")
            .MapGet("/{id:guid}", GetOrganiser).WithName("GetOrganiser").AllowAnonymous();
        return app;
    }

    /// <summary>What the calendar currently knows of a directory actor.</summary>
    public static async Task<Results<Ok<OrganiserResponse>, ProblemHttpResult>> GetOrganiser(Guid id, CalendarDbContext db, CancellationToken cancellationToken)
    {
        var organiser = await db.Organisers.AsNoTracking().SingleOrDefaultAsync(o => o.ActorId == id, cancellationToken);
        return organiser is null
            ? Problems.NotFound($"The calendar knows no organiser {id} (yet).")
            : TypedResults.Ok(OrganiserResponse.From(organiser));
    }
}
