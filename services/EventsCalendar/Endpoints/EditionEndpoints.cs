using System.Security.Claims;
using EventsCalendar.Data;
using EventsCalendar.Domain.Editions;
using EventsCalendar.Domain.Events;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Ssi.ServiceDefaults.Authentication;
using Ssi.ServiceDefaults.Http;

namespace EventsCalendar.Endpoints;

/// <summary>The editions of the festival: read by anyone, declared by the platform's admins.</summary>
public static class EditionEndpoints
{
    private const string GetEditionRoute = "GetEdition";

    public static IEndpointRouteBuilder MapEditionEndpoints(this IEndpointRouteBuilder app)
    {
        var editions = app.MapGroup("/editions").WithTags("Editions");

        editions.MapGet("/", ListEditions).WithName("ListEditions").AllowAnonymous();
        editions.MapGet("/{year:int}", GetEdition).WithName(GetEditionRoute).AllowAnonymous();
        editions.MapPut("/{year:int}", PutEdition).WithName("PutEdition").RequireAuthorization();

        return app;
    }

    /// <summary>Every edition, the latest first: a few dozen at most, one a year since 1998.</summary>
    public static async Task<Results<Ok<IReadOnlyList<EditionResponse>>, StatusCodeHttpResult>> ListEditions(
        HttpContext context, CalendarDbContext db, CancellationToken cancellationToken)
    {
        IReadOnlyList<EditionResponse> editions = await db.Editions.AsNoTracking()
            .OrderByDescending(edition => edition.Year)
            .Select(edition => EditionResponse.From(edition))
            .ToListAsync(cancellationToken);
        return HttpCaching.IsNotModified(context, HttpCaching.ContentTag(editions), HttpCaching.ShortLived)
            ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : TypedResults.Ok(editions);
    }

    public static async Task<Results<Ok<EditionResponse>, StatusCodeHttpResult, ProblemHttpResult>> GetEdition(
        int year, HttpContext context, CalendarDbContext db, CancellationToken cancellationToken)
    {
        var edition = await db.Editions.AsNoTracking().SingleOrDefaultAsync(edition => edition.Year == year, cancellationToken);
        if (edition is null)
        {
            return Problems.NotFound($"No edition is declared for {year}.");
        }

        return HttpCaching.IsNotModified(context, EntityTags.Of(edition.Version), HttpCaching.Revalidate)
            ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : TypedResults.Ok(EditionResponse.From(edition));
    }

    /// <summary>
    /// Declares an edition, or corrects it with the ETag of the version read (If-Match), so that
    /// two admins correcting the dates at once never silently overwrite each other.
    /// </summary>
    public static async Task<Results<CreatedAtRoute<EditionResponse>, Ok<EditionResponse>, ValidationProblem, ProblemHttpResult>> PutEdition(
        int year,
        EditionRequest request,
        [FromHeader(Name = "If-Match")] string? ifMatch,
        ClaimsPrincipal user,
        HttpContext context,
        CalendarDbContext db,
        CancellationToken cancellationToken)
    {
        if (!user.IsAdmin())
        {
            return Problems.Forbidden("Only the platform's admins declare the festival's editions.");
        }

        if (year is < CalendarEvent.FirstYear or > CalendarEvent.LastYear)
        {
            return Problems.Invalid("year", $"An edition is a year between {CalendarEvent.FirstYear} and {CalendarEvent.LastYear}.");
        }

        var (startsOn, endsOn) = (request.StartsOn!.Value, request.EndsOn!.Value);
        if (Edition.CheckDates(year, startsOn, endsOn) is { } invalidDates)
        {
            return Problems.Invalid("startsOn", invalidDates);
        }

        var name = request.Name.Trim();
        var theme = request.NationalTheme?.Trim();
        var edition = await db.Editions.SingleOrDefaultAsync(edition => edition.Year == year, cancellationToken);
        if (edition is null)
        {
            edition = new Edition(year, name, startsOn, endsOn, theme);
            db.Editions.Add(edition);
            if (await SaveAsync(db, year, cancellationToken) is { } conflict)
            {
                return conflict;
            }

            context.Response.SetETag(edition.Version);
            return TypedResults.CreatedAtRoute(EditionResponse.From(edition), GetEditionRoute, new { year });
        }

        if (EntityTags.CheckIfMatch(ifMatch, edition.Version, "edition") is { } precondition)
        {
            return precondition;
        }

        edition.Describe(name, startsOn, endsOn, theme);
        if (await SaveAsync(db, year, cancellationToken) is { } changed)
        {
            return changed;
        }

        context.Response.SetETag(edition.Version);
        return TypedResults.Ok(EditionResponse.From(edition));
    }

    private static async Task<ProblemHttpResult?> SaveAsync(CalendarDbContext db, int year, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return EntityTags.Stale($"edition {year}");
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return Problems.Conflict($"The {year} edition was declared meanwhile: read it, then correct it with its ETag.");
        }
    }
}
