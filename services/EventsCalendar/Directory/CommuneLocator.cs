using EventsCalendar.Data;
using Microsoft.EntityFrameworkCore;
using Ssi.ServiceDefaults.Territories;

namespace EventsCalendar.Directory;

/// <summary>
/// Where a commune stands in the territory reference (its EPCI, department and region), so that
/// an EPCI's or a department's programme finds the events of its communes: from a venue already
/// registered there, otherwise from the directory.
/// </summary>
public sealed class CommuneLocator(CalendarDbContext db, DirectoryClient directory)
{
    /// <returns>Null when the directory knows no such commune.</returns>
    /// <exception cref="DirectoryUnavailableException">The commune is new to the calendar and the directory did not answer.</exception>
    public async Task<TerritoryLocation?> LocateAsync(string communeCode, CancellationToken cancellationToken)
    {
        var known = await db.Venues.AsNoTracking()
            .Where(venue => venue.Location.CommuneCode == communeCode)
            .Select(venue => venue.Location)
            .FirstOrDefaultAsync(cancellationToken);
        return known ?? await directory.FindCommuneAsync(communeCode, cancellationToken);
    }
}
