using System.Net.Http.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Ssi.Contracts.ActorDirectory;
using Ssi.Contracts.EventsCalendar;
using Ssi.Contracts.FundingCalls;
using Ssi.Testing;

namespace Communications.Tests;

/// <summary>The e-mails the platform writes by itself when the directory, the calendar and funding announce something, through the broker.</summary>
public sealed class NotificationTests(CommunicationsFactory factory) : IClassFixture<CommunicationsFactory>, IAsyncLifetime
{
    private readonly MailInbox _inbox = MailInbox.ConnectAsync().GetAwaiter().GetResult();
    private BrokerProbe _platform = null!;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _platform = await BrokerProbe.StartAsync(factory.VirtualHost.AmqpUri);

    public async ValueTask DisposeAsync()
    {
        await _platform.DisposeAsync();
        _inbox.Dispose();
    }

    [Fact]
    public async Task A_call_opening_reaches_the_eligible_actors_of_its_scope_but_not_its_funder_nor_other_kinds()
    {
        var funder = await TestDirectory.AddActorAsync(factory, "Région Hauts-de-France", "region", "59350", publicEmail: TestDirectory.Address("region"));
        var association = await TestDirectory.AddActorAsync(factory, "Lille–Sahel Échanges", "association", "59350");
        var withoutContact = await TestDirectory.AddActorAsync(factory, "Dunkerque Terre d'accueil", "association", "59183", publicEmail: TestDirectory.Address("dunkerque"));
        var business = await TestDirectory.AddActorAsync(factory, "Entreprise du Nord", "business", "59350");
        var elsewhere = await TestDirectory.AddActorAsync(factory, "Association bretonne", "association", "35238");
        var coordinator = TestDirectory.Address("sahel");
        await TestDirectory.AddContactAsync(factory, association, "Awa Exemple", coordinator, "members", "consent", "coordinatrice");
        var businessContact = TestDirectory.Address("entreprise");
        await TestDirectory.AddContactAsync(factory, business, "Bob Exemple", businessContact);
        var breton = TestDirectory.Address("breton");
        await TestDirectory.AddContactAsync(factory, elsewhere, "Yann Exemple", breton);
        var publicAddress = await factory.InScopeAsync(db => db.DirectoryActors.Where(a => a.ActorId == withoutContact).Select(a => a.PublicEmail!).SingleAsync(Cancellation));
        var funderAddress = await factory.InScopeAsync(db => db.DirectoryActors.Where(a => a.ActorId == funder).Select(a => a.PublicEmail!).SingleAsync(Cancellation));
        var opened = new CallOpened(Guid.NewGuid(), funder, "Région Hauts-de-France", "Appel spécial Festival des Solidarités 2027", 2027, "region:32",
            ["association"], 3_000_000, DateTimeOffset.UtcNow, new DateTimeOffset(2027, 3, 31, 23, 59, 0, TimeSpan.FromHours(2)), DateTimeOffset.UtcNow);

        await _platform.Bus.Publish(opened, Cancellation);

        var mail = Assert.Single(await _inbox.WaitForAsync(coordinator));
        Assert.Equal("Appel à projets ouvert : Appel spécial Festival des Solidarités 2027", mail.Subject);
        Assert.Contains("mercredi 31 mars 2027 à 23 h 59", mail.Text, StringComparison.Ordinal);
        Assert.Contains("Bonjour Awa Exemple", mail.Html, StringComparison.Ordinal);
        Assert.Equal("Région Hauts-de-France", Assert.Single(mail.From).Name);
        Assert.Single((await _inbox.HeadersAsync(mail))["list-unsubscribe-post"]);
        await _inbox.WaitForAsync(publicAddress);
        Assert.Empty(await _inbox.ToAsync(businessContact));
        Assert.Empty(await _inbox.ToAsync(breton));
        Assert.Empty(await _inbox.ToAsync(funderAddress));
    }

    [Fact]
    public async Task The_same_news_announced_twice_sends_one_email_per_recipient()
    {
        var applicant = await TestDirectory.AddActorAsync(factory, "Maison de la citoyenneté", "association", "94033");
        var email = TestDirectory.Address("mdcva");
        await TestDirectory.AddContactAsync(factory, applicant, "Rose Exemple", email, "private", "contract");
        var accepted = new ApplicationAccepted(Guid.NewGuid(), Guid.NewGuid(), applicant, "Quinzaine de la solidarité", 450_000, "2026-014", DateTimeOffset.UtcNow);

        await _platform.Bus.Publish(accepted, Cancellation);
        await _platform.Bus.Publish(accepted, Cancellation);

        var mail = Assert.Single(await _inbox.WaitForAsync(email));
        Assert.Equal("Votre projet « Quinzaine de la solidarité » est soutenu", mail.Subject);
        Assert.Contains("4 500,00 €", mail.Text!.Replace('\u202f', ' ').Replace('\u00a0', ' '), StringComparison.Ordinal);
        Assert.Contains("2026-014", mail.Html, StringComparison.Ordinal);
        Assert.Empty((await _inbox.HeadersAsync(mail))["list-unsubscribe"]);
        await Task.Delay(TimeSpan.FromSeconds(1), Cancellation);
        Assert.Single(await _inbox.ToAsync(email));
        Assert.Equal(1, await factory.InScopeAsync(db => db.Deliveries.CountAsync(d => d.RecipientEmail == email, Cancellation)));
    }

    [Fact]
    public async Task Corrections_decisions_and_report_reminders_reach_the_applicant_and_each_correction_is_its_own_email()
    {
        var applicant = await TestDirectory.AddActorAsync(factory, "CRESI", "association", "95127");
        var email = TestDirectory.Address("cresi");
        await TestDirectory.AddContactAsync(factory, applicant, "Nina Exemple", email, "private", "contract");
        var applicationId = Guid.NewGuid();
        var callId = Guid.NewGuid();

        await _platform.Bus.Publish(new CorrectionRequested(applicationId, callId, applicant, "Forum des initiatives", "Le budget <b>prévisionnel</b> n'est pas équilibré.", DateTimeOffset.UtcNow), Cancellation);
        await _platform.Bus.Publish(new CorrectionRequested(applicationId, callId, applicant, "Forum des initiatives", "Il manque le RIB.", DateTimeOffset.UtcNow.AddMinutes(1)), Cancellation);
        await _platform.Bus.Publish(new ApplicationRefused(applicationId, callId, applicant, "Forum des initiatives", "Enveloppe épuisée.", "2026-020", DateTimeOffset.UtcNow), Cancellation);
        await _platform.Bus.Publish(new ReportDue(Guid.NewGuid(), applicant, "Forum des initiatives", new DateOnly(2027, 3, 31), Overdue: false, DateTimeOffset.UtcNow), Cancellation);

        var mails = await _inbox.WaitForAsync(email, 4);
        var subjects = mails.Select(mail => mail.Subject).ToList();
        Assert.Equal(2, subjects.Count(subject => subject == "Votre dossier « Forum des initiatives » est à compléter"));
        Assert.Contains("Décision sur votre projet « Forum des initiatives »", subjects);
        Assert.Contains("Compte rendu à remettre avant le 31 mars 2027 : Forum des initiatives", subjects);
        var correction = mails.First(mail => mail.Html!.Contains("prévisionnel", StringComparison.Ordinal));
        Assert.Contains("&lt;b&gt;prévisionnel&lt;/b&gt;", correction.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_event_moderation_reaches_its_organiser_and_a_cancellation_reaches_its_subscribers()
    {
        var organiser = await TestDirectory.AddActorAsync(factory, "Artisans du Monde Pau", "association", "64445");
        var organiserEmail = TestDirectory.Address("organisatrice");
        await TestDirectory.AddContactAsync(factory, organiser, "Léa Exemple", organiserEmail, "members", "consent");
        var published = new EventPublished(Guid.NewGuid(), organiser, "Artisans du Monde Pau", "Discosoupe", "64129", "Place de la mairie",
            new DateTimeOffset(2026, 11, 21, 11, 0, 0, TimeSpan.FromHours(1)), new DateTimeOffset(2026, 11, 21, 14, 0, 0, TimeSpan.FromHours(1)), DateTimeOffset.UtcNow);
        await _platform.Bus.Publish(published, Cancellation);
        await _platform.Bus.Publish(new EventRefused(Guid.NewGuid(), organiser, "Conférence hors sujet", null, "Hors du thème de l'édition.", DateTimeOffset.UtcNow), Cancellation);
        var organiserMails = await _inbox.WaitForAsync(organiserEmail, 2);
        Assert.Contains(organiserMails, mail => mail.Subject == "Votre événement est publié : Discosoupe" && mail.Text!.Contains("samedi 21 novembre 2026 à 11 h 00", StringComparison.Ordinal));
        Assert.Contains(organiserMails, mail => mail.Subject == "Votre événement n'a pas été retenu : Conférence hors sujet");

        var follower = TestDirectory.Address("curieux");
        var client = factory.CreateClient();
        await client.PostAsJsonAsync("/subscriptions", new { email = follower, topic = $"event:{published.EventId}" }, Cancellation);
        var confirmation = Assert.Single(await _inbox.WaitForAsync(follower));
        Assert.Contains("Discosoupe", confirmation.Subject, StringComparison.Ordinal);
        await client.PostAsync(ConfirmationLink.In(confirmation).PathAndQuery, null, Cancellation);

        await _platform.Bus.Publish(new EventCancelled(published.EventId, organiser, "Discosoupe", "64129", "Alerte météo : la place est fermée.", published.StartsAt, DateTimeOffset.UtcNow), Cancellation);

        var cancelled = (await _inbox.WaitForAsync(follower, 2))[1];
        Assert.Equal("Annulé : Discosoupe", cancelled.Subject);
        Assert.Contains("Alerte météo", cancelled.Text, StringComparison.Ordinal);
        Assert.Single((await _inbox.HeadersAsync(cancelled))["list-unsubscribe"]);
    }

    [Fact]
    public async Task Contacts_come_from_the_directory_news_and_an_erased_person_is_forgotten_everywhere()
    {
        var actor = await TestDirectory.AddActorAsync(factory, "Centre social", "association", "64129");
        var contactId = Guid.NewGuid();
        var email = TestDirectory.Address("effacee");
        await _platform.Bus.Publish(new ContactChanged(contactId, actor, "Zoé Exemple", "animatrice", email.ToUpperInvariant(), "public", "consent",
            DateTimeOffset.UtcNow, DateTimeOffset.UtcNow), Cancellation);
        await Eventually.Async(async () => Assert.True(await factory.InScopeAsync(db => db.Contacts.AnyAsync(c => c.ContactId == contactId && c.Email == email, Cancellation))));
        await _platform.Bus.Publish(new ApplicationAccepted(Guid.NewGuid(), Guid.NewGuid(), actor, "Projet", 100_00, "2026-001", DateTimeOffset.UtcNow), Cancellation);
        await _inbox.WaitForAsync(email);
        await factory.CreateClient().PostAsJsonAsync("/subscriptions", new { email, topic = "territory:commune:64129" }, Cancellation);
        await _inbox.WaitForAsync(email, 2);

        await _platform.Bus.Publish(new ContactErased(contactId, actor, DateTimeOffset.UtcNow), Cancellation);
        await Eventually.Async(async () => Assert.False(await factory.InScopeAsync(db => db.Contacts.AnyAsync(c => c.ContactId == contactId, Cancellation))));
        await _platform.Bus.Publish(new ContactChanged(contactId, actor, "Zoé Exemple", "animatrice", email, "public", "consent",
            DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow), Cancellation);
        await Task.Delay(TimeSpan.FromSeconds(1), Cancellation);

        var traces = await factory.InScopeAsync(db => db.Database.SqlQuery<int>($"""
            SELECT ((SELECT count(*) FROM contacts WHERE contact_id = {contactId} OR email = {email})
                  + (SELECT count(*) FROM subscriptions WHERE email = {email})
                  + (SELECT count(*) FROM deliveries WHERE recipient_email = {email} OR html_body LIKE {"%Zoé%"}))::int AS "Value"
            """).SingleAsync(Cancellation));
        Assert.Equal(0, traces);
    }
}
