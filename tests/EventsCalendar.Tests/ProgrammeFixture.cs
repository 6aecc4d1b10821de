using System.Net.Http.Json;
using EventsCalendar.Endpoints;
using Ssi.ServiceDefaults.Authentication;
using Ssi.Testing;

namespace EventsCalendar.Tests;

internal static class ProgrammeFixture
{
    public const string Moderator = "coordination@example.org";

    /// <summary>Declares the 2026 edition (once per database) and a programme of <paramref name="territory"/> coordinated by <paramref name="coordinatingActorId"/>.</summary>
    public static async Task<ProgrammeResponse> DeclareProgrammeAsync(this EventsCalendarFactory factory, Guid coordinatingActorId,
        string territory, bool requiresModeration = true, string startsOn = "2026-11-13", string endsOn = "2026-11-29")
    {
        var admin = factory.CreateClient(TestTokens.Create(SsiRoles.Admin));
        await admin.PutAsJsonAsync("/editions/2026",
            new { name = "Festival des Solidarités 2026", startsOn = "2026-11-13", endsOn = "2026-11-29", nationalTheme = "Les droits humains" },
            TestContext.Current.CancellationToken);
        var created = await admin.PostAsJsonAsync("/programmes", new
        {
            editionYear = 2026,
            territory,
            name = $"Festival des Solidarités ({territory})",
            coordinatingActorId,
            localTheme = "Nourrir le monde sans le détruire",
            startsOn,
            endsOn,
            requiresModeration,
            coordinators = new[] { Moderator },
        }, TestContext.Current.CancellationToken);
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return (await created.ReadJsonAsync<ProgrammeResponse>())!;
    }
}
