using FundingCalls.Data;
using FundingCalls.Documents;
using FundingCalls.Domain.Applications;
using FundingCalls.Domain.Calls;
using FundingCalls.Domain.Committees;
using FundingCalls.Domain.Grants;
using FundingCalls.Domain.Reports;
using FundingCalls.Domain.Reviews;
using FundingCalls.Domain.Scheduling;
using FundingCalls.IntegrationEvents;
using Microsoft.EntityFrameworkCore;
using Ssi.DirectoryReplica;
using Ssi.Messaging;
using Ssi.ServiceDefaults.Territories;
using Ssi.ServiceDefaults.Time;

namespace FundingCalls.Seeding;

/// <summary>
/// The funding of the documents, replayed at the dates it would have happened: the former
/// Nord-Pas-de-Calais council's special call (open now, for 2027), Fontenay-sous-Bois' project-aid
/// committee (2026, decided, minutes signed, a report filed) and Rhône-Alpes funding its referent
/// organisation in each department (2026, before its committee), with applications at every stage.
/// The actors come from the directory's demo data through its integration events. People are
/// invented, at example.org. Seeding again adds only the calls missing.
/// </summary>
public sealed class DemoFundingSeeder(FundingDbContext db)
{
    public static readonly TimeSpan DefaultActorWait = TimeSpan.FromMinutes(3);

    private const string Staff = "demo-data";

    private static readonly string[] ActorNames =
    [
        "Région Hauts-de-France", "Lille–Sahel Échanges", "Dunkerque Terre d'accueil", "Lianes Coopération", "Ville de Dunkerque",
        "Ville de Fontenay-sous-Bois", "Fontenay–Haïti Solidarité", "Les Amis de Koudougou", "Échanges Fontenay–Vietnam",
        "Région Auvergne-Rhône-Alpes", "RESACOOP", "Pays de Savoie Solidaires",
    ];

    private static readonly Criterion[] Rubric =
    [
        new("local-partnership", "Partenariats locaux", 40), new("public-reach", "Public touché", 35), new("budget-quality", "Qualité du budget", 25),
    ];

    private static readonly RequiredDocument[] Documents = [new("statuts", "Statuts de l'association"), new("rib", "Relevé d'identité bancaire")];

    private Dictionary<string, DirectoryActor> _actors = [];

    /// <returns>How many calls were added.</returns>
    public async Task<int> SeedAsync(TimeSpan actorWait, CancellationToken cancellationToken)
    {
        _actors = await WaitForActorsAsync(actorWait, cancellationToken);
        var added = 0;
        foreach (var seed in new Func<CancellationToken, Task<bool>>[] { NordPasDeCalaisAsync, FontenayAsync, RhoneAlpesAsync })
        {
            if (await seed(cancellationToken))
            {
                added++;
            }
        }

        return added;
    }

    private async Task<bool> NordPasDeCalaisAsync(CancellationToken cancellationToken)
    {
        var call = await NewCallAsync("Région Hauts-de-France", "Appel à projets spécial Semaine de la solidarité internationale 2027", 2027, "region:32",
            15_000_000, 500_000, 80, ["association", "regional-network"], At("2026-11-02T09:00"), At("2027-03-31T23:59:59"), cancellationToken);
        if (call is null)
        {
            return false;
        }

        call.Open(At("2026-11-02T09:00"));
        db.AddIntegrationEvent(FundingMessages.Opened(call, "Région Hauts-de-France", At("2026-11-02T09:00")));
        db.DueJobs.Add(new DueJob(DueJobKind.CloseCall, call.Id, call.ClosesAt));
        db.DueJobs.Add(new DueJob(DueJobKind.RemindCallClosing, call.Id, call.ClosesAt.AddDays(-7)));
        var lille = await ApplyAsync(call, "Lille–Sahel Échanges", "Disco soupe et forum des solidarités à Lille-Sud", "commune:59350", 400_000, "Ville de Lille", "Nadia Exemple", "2026-11-10T10:00", cancellationToken);
        lille.Submit(Staff, At("2026-11-20T17:00"));
        var dunkerque = await ApplyAsync(call, "Dunkerque Terre d'accueil", "Repas partagés et récits de vie : la place des personnes migrantes", "commune:59183", 350_000,
            "Ville de Dunkerque", "Youssef Exemple", "2026-11-12T14:00", cancellationToken);
        dunkerque.Submit(Staff, At("2026-11-18T11:00"));
        dunkerque.RequestCorrections(Staff, "Joindre le budget prévisionnel signé par le trésorier et préciser le nombre de repas.", At("2026-11-25T09:30"));
        await ApplyAsync(call, "Lianes Coopération", "Appui aux collectifs de la Semaine dans le Nord et le Pas-de-Calais", "region:32", 500_000, "Département du Nord",
            "Hélène Exemple", "2026-11-26T16:00", cancellationToken);
        var city = await ApplyAsync(call, "Ville de Dunkerque", "Temps fort migrations au Bateau Feu", "commune:59183", 300_000, "Communauté urbaine de Dunkerque",
            "Marc Exemple", "2026-11-05T10:00", cancellationToken);
        city.Withdraw(Staff, "Le projet est porté par le collectif associatif.", At("2026-11-09T12:00"));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private async Task<bool> FontenayAsync(CancellationToken cancellationToken)
    {
        var call = await NewCallAsync("Ville de Fontenay-sous-Bois", "Commission d'aide aux projets de la Quinzaine de la solidarité internationale 2026", 2026,
            "commune:94033", 1_200_000, 300_000, 70, ["association"], At("2026-03-02T09:00"), At("2026-05-15T18:00"), cancellationToken);
        if (call is null)
        {
            return false;
        }

        call.Open(At("2026-03-02T09:00"));
        var haiti = await ApplyAsync(call, "Fontenay–Haïti Solidarité", "Exposition « L'école en Haïti » et rencontres avec les classes", "commune:94033", 250_000,
            "MDCVA de Fontenay-sous-Bois", "Jean Exemple", "2026-03-20T10:00", cancellationToken);
        var koudougou = await ApplyAsync(call, "Les Amis de Koudougou", "Puits et potagers : un film et un débat sur l'eau au Burkina Faso", "commune:94033", 200_000,
            "Conseil départemental du Val-de-Marne", "Aïssata Exemple", "2026-04-02T18:00", cancellationToken);
        var vietnam = await ApplyAsync(call, "Échanges Fontenay–Vietnam", "Voyage d'étude de l'équipe de l'association", "commune:94033", 300_000,
            "Fonds propres", "Linh Exemple", "2026-04-10T09:00", cancellationToken);
        foreach (var (application, at) in new[] { (haiti, "2026-04-28T12:00"), (koudougou, "2026-05-02T19:00"), (vietnam, "2026-05-15T17:45") })
        {
            application.Submit(Staff, At(at));
            application.StartReview(Staff, At("2026-05-20T09:00"));
        }

        call.CloseAtDeadline(At("2026-05-15T18:00"));
        var session = new CommitteeSession(call.Id, At("2026-06-11T18:30"), "Hôtel de ville de Fontenay-sous-Bois, salle du conseil", 3,
            [new CommitteeMember("Claire Exemple", "Maire adjointe aux relations internationales, présidente", true),
                new CommitteeMember("Bruno Exemple", "Conseiller municipal délégué", true),
                new CommitteeMember("Sarah Exemple", "Représentante de la MDCVA", true),
                new CommitteeMember("Paul Exemple", "Conseiller municipal", false)],
            [haiti.Id, koudougou.Id, vietnam.Id], Staff, At("2026-05-25T10:00"));
        db.Sessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        var decidedAt = At("2026-06-11T19:30");
        await DecideAsync(session, call, haiti, DecisionOutcome.Accepted, 250_000, null, decidedAt, cancellationToken);
        await DecideAsync(session, call, koudougou, DecisionOutcome.Accepted, 180_000, null, decidedAt, cancellationToken);
        await DecideAsync(session, call, vietnam, DecisionOutcome.Refused, null,
            "Le projet ne comporte pas d'animation ouverte au public pendant la Quinzaine.", decidedAt, cancellationToken);
        session.SignOff(MinutesWriter.Write(session, call.Title, "Ville de Fontenay-sous-Bois",
            [.. new[] { haiti, koudougou, vietnam }.Select(a => new AgendaItem(a.Id, _actors.Values.Single(actor => actor.ActorId == a.ApplicantId).Name, a.Project.Title, a.RequestedCents))],
            "Claire Exemple, présidente de séance", At("2026-06-15T10:00")), "Claire Exemple, présidente de séance", At("2026-06-15T10:00"));
        await db.Entry(call).ReloadAsync(cancellationToken);
        call.MarkDecided();
        await db.SaveChangesAsync(cancellationToken);

        var haitiGrant = await db.Grants.SingleAsync(grant => grant.ApplicationId == haiti.Id, cancellationToken);
        haitiGrant.Schedule([(PaymentKind.Advance, 175_000, new DateOnly(2026, 7, 1)), (PaymentKind.Balance, 75_000, new DateOnly(2027, 1, 31))], At("2026-06-16T09:00"));
        haitiGrant.MarkPaid(haitiGrant.Payments[0].Id, new DateOnly(2026, 7, 3));
        var forecast = ReportForecast.Of(haiti.Budget, haitiGrant.AmountCents);
        db.Reports.Add(new GrantReport(haitiGrant.Id,
            [.. forecast.Charges.Select(line => new ReportLine(line.Key, line.Value.Label, line.Value.Cents, line.Value.Cents * 9 / 10, null))],
            [.. forecast.Income.Select(line => new ReportLine(line.Key, line.Value.Label, line.Value.Cents, line.Value.Cents, null))],
            420, "L'exposition a accueilli 420 visiteurs, dont six classes de CM2 qui ont correspondu avec une école de Jacmel.", Staff, At("2026-11-27T15:00")));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private async Task<bool> RhoneAlpesAsync(CancellationToken cancellationToken)
    {
        var call = await NewCallAsync("Région Auvergne-Rhône-Alpes", "Soutien aux organisations référentes départementales de la Semaine 2026", 2026,
            "region:84", 6_000_000, 3_000_000, 80, ["regional-network", "resource-centre"], At("2026-02-01T09:00"), At("2026-04-30T23:59"), cancellationToken);
        if (call is null)
        {
            return false;
        }

        call.Open(At("2026-02-01T09:00"));
        var resacoop = await ApplyAsync(call, "RESACOOP", "Animation de la Semaine dans le Rhône : concertation, communication commune et appui aux collectifs", "department:69",
            2_000_000, "Métropole de Lyon", "Mathilde Exemple", "2026-03-10T10:00", cancellationToken);
        var savoie = await ApplyAsync(call, "Pays de Savoie Solidaires", "Animation territoriale de la Semaine en Savoie et Haute-Savoie", "department:73",
            2_500_000, "Département de la Savoie", "Lucas Exemple", "2026-03-15T10:00", cancellationToken);
        foreach (var application in new[] { resacoop, savoie })
        {
            application.Submit(Staff, At("2026-04-20T16:00"));
            application.StartReview(Staff, At("2026-05-04T09:00"));
        }

        call.CloseAtDeadline(At("2026-04-30T23:59"));
        foreach (var (subject, name, marks) in new[] { ("demo-reviewer-1", "Dominique Exemple", new[] { 5, 4, 4 }), ("demo-reviewer-2", "Camille Exemple", new[] { 4, 4, 3 }) })
        {
            var review = new Review(resacoop.Id, call.Id, subject, name, Staff, At("2026-05-04T09:30"));
            review.Declare(null, At("2026-05-05T10:00"));
            review.Score([.. Rubric.Zip(marks, (criterion, mark) => new CriterionScore(criterion.Key, mark, null))], "Dossier complet, partenariats solides.");
            review.Submit(Rubric, At("2026-05-12T18:00"));
            db.Reviews.Add(review);
        }

        var session = new CommitteeSession(call.Id, At("2026-06-25T10:00"), "Hôtel de Région, Lyon", 2,
            [new CommitteeMember("Agnès Exemple", "Vice-présidente déléguée aux relations internationales", true),
                new CommitteeMember("Thierry Exemple", "Conseiller régional", true)],
            [resacoop.Id, savoie.Id], Staff, At("2026-06-01T10:00"));
        db.Sessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        await DecideAsync(session, call, savoie, DecisionOutcome.Accepted, 2_500_000, null, At("2026-06-25T11:00"), cancellationToken);
        await DecideAsync(session, call, resacoop, DecisionOutcome.Adjourned, null, "Dans l'attente du plan de communication commune.", At("2026-06-25T11:10"), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        var grant = await db.Grants.SingleAsync(g => g.ApplicationId == savoie.Id, cancellationToken);
        grant.RecordAgreement("CONV-2026-AURA-017", new DateOnly(2026, 7, 8));
        grant.Schedule([(PaymentKind.Advance, 1_500_000, new DateOnly(2026, 7, 15)), (PaymentKind.Balance, 1_000_000, new DateOnly(2027, 2, 28))], At("2026-07-09T09:00"));
        grant.MarkPaid(grant.Payments[0].Id, new DateOnly(2026, 7, 17));
        db.DueJobs.AddRange(grant.Payments.Where(p => p.PaidOn is null).Select(p => new DueJob(DueJobKind.PaymentDue, p.Id, ParisTime.StartOf(p.DueOn).AddHours(9))));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <returns>The new draft call, or null when it was seeded already.</returns>
    private async Task<FundingCall?> NewCallAsync(string funder, string title, int edition, string scope, long envelope, long maxGrant, int cap, string[] kinds,
        DateTimeOffset opensAt, DateTimeOffset closesAt, CancellationToken cancellationToken)
    {
        var funderId = _actors[funder].ActorId;
        if (await db.Calls.AnyAsync(call => call.FunderId == funderId && call.Title == title, cancellationToken))
        {
            return null;
        }

        var terms = new CallTerms(edition, title, "Soutien aux animations de la Semaine de la solidarité internationale (Festival des Solidarités).",
            TerritoryReference.TryParse(scope, out var territory) ? territory : throw new InvalidOperationException(scope), envelope, maxGrant, cap,
            new EligibilityRules(kinds, ApplicantInScope: true, RequireSiretOrRna: false, MinimumLinkedEvents: 0), Rubric, Documents, opensAt, closesAt,
            new DateOnly(edition + 1, 3, 31), 15);
        var call = new FundingCall(funderId, terms, Staff, opensAt.AddDays(-14));
        db.Calls.Add(call);
        return call;
    }

    private async Task<GrantApplication> ApplyAsync(FundingCall call, string applicant, string title, string territory, long requestedCents, string coFunder,
        string contact, string at, CancellationToken cancellationToken)
    {
        var actor = _actors[applicant];
        var edition = new DateOnly(call.Edition, 11, 1);
        var eventIds = await db.CalendarEvents.Where(e => e.OrganiserId == actor.ActorId && !e.IsCancelled).Select(e => e.EventId).ToListAsync(cancellationToken);
        var content = DemoBudget.Content(title, $"{title} : sensibiliser les habitants aux solidarités internationales pendant la Semaine.",
            "Habitants, scolaires et bénévoles du territoire.", territory, edition.AddDays(12), edition.AddDays(22), requestedCents, coFunder, eventIds, contact);
        var application = new GrantApplication(call.Id, actor.ActorId, content, Staff, At(at));
        db.Applications.Add(application);
        return application;
    }

    private async Task DecideAsync(CommitteeSession session, FundingCall call, GrantApplication application, DecisionOutcome outcome, long? amount, string? reason,
        DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (await Deliberations.TakeAsync(db, session, call, application, outcome, amount, reason, Staff, at, cancellationToken) is null)
        {
            throw new InvalidOperationException($"The demo envelope of '{call.Title}' cannot pay {amount} cents.");
        }
    }

    private async Task<Dictionary<string, DirectoryActor>> WaitForActorsAsync(TimeSpan wait, CancellationToken cancellationToken)
    {
        var deadline = DateTimeOffset.UtcNow + wait;
        while (true)
        {
            var known = await db.Actors.AsNoTracking().Where(actor => ActorNames.Contains(actor.Name)).ToListAsync(cancellationToken);
            var byName = known.GroupBy(actor => actor.Name).ToDictionary(group => group.Key, group => group.First());
            if (byName.Count == ActorNames.Length)
            {
                return byName;
            }

            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new TimeoutException($"The directory's demo actors did not arrive: missing {string.Join(", ", ActorNames.Except(byName.Keys))}.");
            }

            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        }
    }

    private static DateTimeOffset At(string parisTime) =>
        ParisTime.TryRead(parisTime, out var instant) is null ? instant.ToUniversalTime() : throw new InvalidOperationException(parisTime);
}
