using System.Security.Claims;
using EventsCalendar.Data;
using EventsCalendar.Directory;
using EventsCalendar.Domain.Venues;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Ssi.ServiceDefaults.Authentication;
using Ssi.ServiceDefaults.Data;
using Ssi.ServiceDefaults.Http;
using Ssi.ServiceDefaults.Territories;

namespace EventsCalendar.Endpoints;

/// <summary>The registry of places: registered by organisers and coordinators, read by anyone.</summary>
public static class VenueEndpoints
{
    private const string GetVenueRoute = "GetVenue";

    public static IEndpointRouteBuilder MapVenueEndpoints(this IEndpointRouteBuilder app)
    {
        var venues = app.MapGroup("/venues").WithTags("Venues");
        venues.MapGet("/", ListVenues).WithName("ListVenues").AllowAnonymous();
        venues.MapGet("/{id:guid}", GetVenue).WithName(GetVenueRoute).AllowAnonymous();
        venues.MapPost("/", RegisterVenue).WithName("RegisterVenue").RequireAuthorization();
        return app;
    }

    /// <param name="territory">Venues in this territory (<c>commune:64129</c>, <c>department:64</c>...), by name.</param>
    public static async Task<Results<Ok<Page<VenueResponse>>, StatusCodeHttpResult, ProblemHttpResult>> ListVenues(
        string? territory, int? limit, string? cursor, HttpContext context, CalendarDbContext db, CancellationToken cancellationToken)
    {
        if (!PageCursor.TryGetLimit(limit, out var pageSize))
        {
            return Problems.InvalidLimit();
        }

        var query = db.Venues.AsNoTracking();
        if (territory is not null)
        {
            if (!TerritoryReference.TryRead(territory, out var reference))
            {
                return Problems.InvalidTerritory(territory);
            }

            query = query.Where(reference.Includes<Venue>(venue => venue.Location));
        }

        if (cursor is not null)
        {
            if (!PageCursor.TryDecode(cursor, 2, out var keys) || !Guid.TryParse(keys[1], out var afterId))
            {
                return Problems.InvalidCursor();
            }

            var afterName = keys[0];
            query = query.Where(venue => EF.Functions.GreaterThan(ValueTuple.Create(venue.Name, venue.Id), ValueTuple.Create(afterName, afterId)));
        }

        var page = await query.OrderBy(venue => venue.Name).ThenBy(venue => venue.Id).Take(pageSize + 1).ToListAsync(cancellationToken);
        var last = page.Count > pageSize ? page[pageSize - 1] : null;
        var result = new Page<VenueResponse>(page.Take(pageSize).Select(VenueResponse.From).ToList(),
            last is null ? null : PageCursor.Encode(last.Name, last.Id.ToString()));
        return HttpCaching.IsNotModified(context, HttpCaching.ContentTag(result), HttpCaching.ShortLived)
            ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : TypedResults.Ok(result);
    }

    public static async Task<Results<Ok<VenueResponse>, ProblemHttpResult>> GetVenue(Guid id, CalendarDbContext db, CancellationToken cancellationToken) =>
        await db.Venues.AsNoTracking().SingleOrDefaultAsync(venue => venue.Id == id, cancellationToken) is { } venue
            ? TypedResults.Ok(VenueResponse.From(venue))
            : Problems.NotFound($"No venue has the id {id}.");

    /// <summary>
    /// Registers a place, or answers 200 with the one already registered under the same name and
    /// address in that commune (accents, case and punctuation aside), so that importers and
    /// organisers converge on one venue per place.
    /// </summary>
    public static async Task<Results<CreatedAtRoute<VenueResponse>, Ok<VenueResponse>, ValidationProblem, ProblemHttpResult>> RegisterVenue(
        VenueRequest request, ClaimsPrincipal user, CalendarDbContext db, CommuneLocator communes, DirectoryClient directory,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!user.IsAdmin() && !user.IsInRole(SsiRoles.Coordinator) && user.ActorIds().Count == 0)
        {
            return Problems.Forbidden("Venues are registered by the members of an actor, coordinators and admins.");
        }

        if (!CommuneCode.IsValid(request.CommuneCode))
        {
            return Problems.Invalid("communeCode", $"'{request.CommuneCode}' is not an INSEE commune code (5 characters, e.g. 64129).");
        }

        if (request.Latitude is null != request.Longitude is null)
        {
            return Problems.Invalid("longitude", "Coordinates are a latitude and a longitude together.");
        }

        var (name, address) = (request.Name.Trim(), request.Address.Trim());
        var identity = Venue.IdentityOf(name, address, request.CommuneCode);
        if (await db.Venues.AsNoTracking().SingleOrDefaultAsync(venue => venue.IdentityKey == identity, cancellationToken) is { } existing)
        {
            return TypedResults.Ok(VenueResponse.From(existing));
        }

        try
        {
            if (await communes.LocateAsync(request.CommuneCode, cancellationToken) is not { } location)
            {
                return Problems.Unprocessable($"The territory reference has no commune {request.CommuneCode}.");
            }

            if (request.OfferId is { } offerId && await CheckOfferAsync(offerId, location, directory, cancellationToken) is { } offerProblem)
            {
                return Problems.Unprocessable(offerProblem);
            }

            var coordinates = request.Latitude is { } latitude ? new Coordinates(latitude, request.Longitude!.Value) : null;
            var venue = new Venue(name, address, request.PostalCode, location, coordinates, (request.Accessibility ?? []).Distinct().Order().ToList(),
                request.Capacity, request.OfferId, user.SubjectId() ?? "", clock.GetDatabaseNow());
            db.Venues.Add(venue);
            await db.SaveChangesAsync(cancellationToken);
            return TypedResults.CreatedAtRoute(VenueResponse.From(venue), GetVenueRoute, new { id = venue.Id });
        }
        catch (DirectoryUnavailableException exception)
        {
            return Problems.Unavailable(exception.Message);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            var registeredMeanwhile = await db.Venues.AsNoTracking().SingleAsync(venue => venue.IdentityKey == identity, cancellationToken);
            return TypedResults.Ok(VenueResponse.From(registeredMeanwhile));
        }
    }

    private static async Task<string?> CheckOfferAsync(Guid offerId, TerritoryLocation location, DirectoryClient directory, CancellationToken cancellationToken)
    {
        var offer = await directory.FindOfferAsync(offerId, cancellationToken);
        return offer switch
        {
            null => $"The directory has no offer {offerId}.",
            { Kind: not "room" } => $"The offer {offer.Title} is not a room ({offer.Kind}): a venue links only a room lent through the directory.",
            { Withdrawn: true } => $"The offer {offer.Title} was withdrawn from the directory.",
            _ when offer.CommuneCode != location.CommuneCode => $"The room {offer.Title} is in commune {offer.CommuneCode}, not in {location.CommuneCode}.",
            _ => null,
        };
    }
}
