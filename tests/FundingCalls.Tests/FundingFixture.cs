using System.Net.Http.Json;
using FundingCalls.Endpoints;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Ssi.Contracts.ActorDirectory;
using Ssi.Contracts.EventsCalendar;
using Ssi.ServiceDefaults.Authentication;
using Ssi.Testing;

namespace FundingCalls.Tests;

/// <summary>
/// The directory and the calendar as funding hears of them (their integration events, published
/// on the service's virtual host), and requests for calls and applications that pass every rule.
/// </summary>
internal static class FundingFixture
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    /// <summary>The Nord-Pas-de-Calais regional council (region 32, Hauts-de-France) as a funder of the directory.</summary>
    public static Task<Guid> AnnounceFunderAsync(this FundingCallsFactory factory, BrokerProbe broker, string name = "Conseil régional Nord-Pas-de-Calais") =>
        factory.AnnounceActorAsync(broker, name, kind: "region", communeCode: "59350", departmentCode: "59", regionCode: "32", siret: "23590001400014");

    /// <summary>An association of Lille (59350) with an RNA number, unless told otherwise.</summary>
    public static async Task<Guid> AnnounceActorAsync(this FundingCallsFactory factory, BrokerProbe broker,
        string name = "Association Lille Solidarités Sud", string kind = "association", string communeCode = "59350", string departmentCode = "59",
        string regionCode = "32", string? siret = null, string? rna = "W595012345")
    {
        var actorId = Guid.CreateVersion7();
        await broker.Bus.Publish(new ActorRegistered(actorId, 1, name, kind, communeCode, "active", DateTimeOffset.UtcNow,
            DepartmentCode: departmentCode, RegionCode: regionCode, Siret: siret, Rna: rna), Cancellation);
        await Eventually.Async(async () => Assert.True(await factory.InScopeAsync(db => db.Actors.AnyAsync(actor => actor.ActorId == actorId))));
        return actorId;
    }

    /// <summary>A published event of <paramref name="organiserId"/> during the 2026 week, as the calendar announces it.</summary>
    public static async Task<Guid> AnnounceEventAsync(this FundingCallsFactory factory, BrokerProbe broker, Guid organiserId,
        string title = "Disco soupe solidaire", DateTimeOffset? startsAt = null)
    {
        var eventId = Guid.CreateVersion7();
        var starts = startsAt ?? new DateTimeOffset(2026, 11, 18, 18, 0, 0, TimeSpan.FromHours(1));
        await broker.Bus.Publish(new EventPublished(eventId, organiserId, "Organisateur", title, "59350", "Maison des associations",
            starts, starts.AddHours(3), DateTimeOffset.UtcNow), Cancellation);
        await Eventually.Async(async () => Assert.True(await factory.InScopeAsync(db => db.CalendarEvents.AnyAsync(e => e.EventId == eventId))));
        return eventId;
    }

    public static HttpClient FunderStaff(this FundingCallsFactory factory, Guid funderId) =>
        factory.CreateClient(TestTokens.Create(SsiRoles.Funder, actors: [funderId]));

    public static HttpClient MemberOf(this FundingCallsFactory factory, Guid actorId) =>
        factory.CreateClient(TestTokens.Create(SsiRoles.Member, actors: [actorId]));

    /// <summary>The regional council's special call for the week: 150,000 EUR, at most 5,000 EUR and 80% of a project, for associations of the region with one event.</summary>
    public static Dictionary<string, object?> RegionalCall(Guid funderId, DateTimeOffset? opensAt = null, DateTimeOffset? closesAt = null) => new()
    {
        ["funderId"] = funderId,
        ["edition"] = 2026,
        ["title"] = "Appel à projets spécial Semaine de la solidarité internationale 2026",
        ["description"] = "Soutien aux associations qui portent des animations pendant la Semaine.",
        ["scope"] = "region:32",
        ["envelopeCents"] = 15_000_000L,
        ["maxGrantCents"] = 500_000L,
        ["cofundingCapPercent"] = 80,
        ["eligibility"] = new { actorKinds = new[] { "association" }, applicantInScope = true, requireSiretOrRna = true, minimumLinkedEvents = 1 },
        ["criteria"] = new[]
        {
            new { key = "local-partnership", label = "Partenariats locaux", weight = 40 },
            new { key = "public-reach", label = "Public touché", weight = 35 },
            new { key = "budget-quality", label = "Qualité du budget", weight = 25 },
        },
        ["requiredDocuments"] = new[] { new { key = "statuts", label = "Statuts de l'association" }, new { key = "rib", label = "Relevé d'identité bancaire" } },
        ["opensAt"] = (opensAt ?? DateTimeOffset.UtcNow.AddMinutes(-1)).ToString("O"),
        ["closesAt"] = (closesAt ?? DateTimeOffset.UtcNow.AddDays(30)).ToString("O"),
    };

    /// <returns>An open call of <paramref name="funderId"/>, by its staff.</returns>
    public static async Task<CallResponse> OpenCallAsync(this FundingCallsFactory factory, Guid funderId, Dictionary<string, object?>? request = null)
    {
        var staff = factory.FunderStaff(funderId);
        var created = await staff.PostAsJsonAsync("/calls", request ?? RegionalCall(funderId), Cancellation);
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync(Cancellation));
        var call = await created.ReadJsonAsync<CallResponse>();
        var opened = await staff.PostAsync($"/calls/{call.Id}/open", null, Cancellation);
        Assert.True(opened.IsSuccessStatusCode, await opened.Content.ReadAsStringAsync(Cancellation));
        return await opened.ReadJsonAsync<CallResponse>();
    }

    /// <summary>
    /// A CERFA 12156 budget balanced with the request (4,000 EUR by default, for 6,000 EUR of charges): 1,500 EUR from the city,
    /// 500 EUR of fees, 800 EUR of volunteering on both sides.
    /// </summary>
    public static Dictionary<string, object?> Application(Guid applicantId, IEnumerable<Guid> eventIds, long requestedCents = 400_000L) => new()
    {
        ["applicantId"] = applicantId,
        ["project"] = new
        {
            title = "Disco soupe et forum des solidarités à Lille-Sud",
            objectives = "Sensibiliser les habitants de Lille-Sud au gaspillage alimentaire et aux solidarités internationales.",
            beneficiaries = "300 habitants du quartier, dont 120 élèves des écoles voisines.",
            territory = "commune:59350",
            startsOn = "2026-11-14",
            endsOn = "2026-11-22",
        },
        ["eventIds"] = eventIds.ToArray(),
        ["budget"] = new
        {
            charges = new[]
            {
                new { account = "606", label = "Achats alimentaires et petit matériel", amountCents = 150_000L },
                new { account = "6226", label = "Intervenants et animateurs", amountCents = 300_000L },
                new { account = "623", label = "Communication et affiches", amountCents = requestedCents - 250_000L },
            },
            income = new[] { new { account = "756", label = "Cotisations", amountCents = 50_000L } },
            coFunders = new[] { new { name = "Ville de Lille", actorId = (Guid?)null, amountCents = 200_000L - 50_000L, status = "requested" } },
            inKindCharges = new[] { new { account = "864", label = "Personnel bénévole", amountCents = 80_000L } },
            inKindIncome = new[] { new { account = "870", label = "Bénévolat", amountCents = 80_000L } },
        },
        ["requestedCents"] = requestedCents,
        ["documents"] = new[]
        {
            new { key = "statuts", title = "Statuts 2024", url = "https://documents.example.org/statuts.pdf" },
            new { key = "rib", title = "RIB", url = "https://documents.example.org/rib.pdf" },
        },
        ["contact"] = new { contactId = (Guid?)null, name = "Camille Exemple", email = "camille.exemple@example.org", phone = "03 20 00 00 00" },
    };

    public static async Task<ApplicationResponse> DraftAsync(this FundingCallsFactory factory, Guid callId, Guid applicantId, Dictionary<string, object?> request)
    {
        var response = await factory.MemberOf(applicantId).PostAsJsonAsync($"/calls/{callId}/applications", request, Cancellation);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Cancellation));
        return await response.ReadJsonAsync<ApplicationResponse>();
    }

    public static async Task<HttpResponseMessage> SubmitAsync(this FundingCallsFactory factory, ApplicationResponse application) =>
        await factory.MemberOf(application.Applicant.Id).PostAsync($"/applications/{application.Id}/submit", null, Cancellation);
}
