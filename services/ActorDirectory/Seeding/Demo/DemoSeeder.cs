using ActorDirectory.Data;
using ActorDirectory.Domain.Actors;
using ActorDirectory.Domain.Collectives;
using ActorDirectory.Domain.Offers;
using Microsoft.EntityFrameworkCore;
using Ssi.Messaging.Outbox;
using Ssi.Messaging;
using Ssi.ServiceDefaults.Data;
using Ssi.ServiceDefaults.Territories;

namespace ActorDirectory.Seeding.Demo;

/// <param name="ActorsRegistered">Actors the run created (each announced with <c>ActorRegistered</c>).</param>
/// <param name="RecordsWritten">Rows the run added or changed, outbox and feed lines aside; 0 when everything was in place.</param>
public sealed record DemoSeedResult(int ActorsRegistered, int RecordsWritten);

/// <summary>
/// Writes the demo data through the DbContext like any other write: the changes feed records it,
/// and every new or changed actor is announced (<c>ActorRegistered</c>, <c>ActorUpdated</c>) through
/// the outbox, so the calendar learns the organisers; so is every new or changed contact
/// (<c>ContactChanged</c>) and every new collective membership (<c>CollectiveMembershipChanged</c>).
/// Actors are found again by their fixed id (or SIREN/RNA), the rest by natural keys, and only
/// differences are written: a second run saves nothing.
/// </summary>
public sealed class DemoSeeder(DirectoryDbContext db, TerritoryLookup territories, TimeProvider clock)
{
    public async Task<DemoSeedResult> SeedAsync(CancellationToken cancellationToken)
    {
        var locations = await LocateCommunesAsync(cancellationToken);
        var now = clock.GetDatabaseNow();

        var existingActors = await LoadExistingActorsAsync(cancellationToken);
        var actors = new Dictionary<DemoActor, Actor>(ReferenceEqualityComparer.Instance);
        var registered = 0;
        foreach (var definition in DemoActors.All)
        {
            var (actor, isNew) = UpsertActor(definition, existingActors, locations[definition.CommuneCode], now);
            actors[definition] = actor;
            registered += isNew ? 1 : 0;
        }

        foreach (var contact in DemoContacts.All)
        {
            UpsertContact(contact, actors[contact.Actor], now);
        }

        var actorIds = actors.Values.Select(actor => actor.Id).ToList();
        var existingOffers = await db.Offers.Include(o => o.Availabilities).Where(o => actorIds.Contains(o.ActorId)).ToListAsync(cancellationToken);
        foreach (var offer in DemoOffers.All)
        {
            UpsertOffer(offer, actors[offer.Actor], existingOffers, now);
        }

        foreach (var collective in DemoCollectives.All)
        {
            await UpsertCollectiveAsync(collective, actors, locations[collective.CommuneCode], now, cancellationToken);
        }

        foreach (var sponsorship in DemoCollectives.Sponsorships)
        {
            await UpsertSponsorshipAsync(sponsorship, actors, cancellationToken);
        }

        db.ChangeTracker.DetectChanges();
        var written = db.ChangeTracker.Entries().Count(entry => entry.Entity is not OutboxMessage && entry.State is EntityState.Added or EntityState.Modified);
        await db.SaveChangesAsync(cancellationToken);
        return new DemoSeedResult(registered, written);
    }

    private async Task<Dictionary<string, TerritoryLocation>> LocateCommunesAsync(CancellationToken cancellationToken)
    {
        var locations = new Dictionary<string, TerritoryLocation>();
        var codes = DemoActors.All.Select(actor => actor.CommuneCode).Concat(DemoCollectives.All.Select(collective => collective.CommuneCode));
        foreach (var code in codes.Distinct().Order(StringComparer.Ordinal))
        {
            if (await territories.LocateCommuneAsync(code, cancellationToken) is { } location)
            {
                locations[code] = location;
            }
        }

        var missing = codes.Distinct().Where(code => !locations.ContainsKey(code)).Order(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            throw new SeedingException(
                $"The territory reference lacks the commune(s) {string.Join(", ", missing)} the demo data needs: import territories first " +
                "(dotnet ActorDirectory.dll --import-territories <dir>).");
        }

        return locations;
    }

    /// <summary>The demo actors already in the directory: by their fixed id, or by an identifier the same organisation registered under another id.</summary>
    private async Task<List<Actor>> LoadExistingActorsAsync(CancellationToken cancellationToken)
    {
        var ids = DemoActors.All.Select(a => a.Id).ToList();
        var sirens = DemoActors.All.Select(a => a.Siren).OfType<string>().ToList();
        var rnas = DemoActors.All.Select(a => a.Rna).OfType<string>().ToList();
        return await db.Actors
            .Include(a => a.Contacts)
            .Where(a => ids.Contains(a.Id) || (a.Siren != null && sirens.Contains(a.Siren)) || (a.Rna != null && rnas.Contains(a.Rna)))
            .ToListAsync(cancellationToken);
    }

    private (Actor Actor, bool IsNew) UpsertActor(DemoActor definition, List<Actor> existing, TerritoryLocation location, DateTimeOffset now)
    {
        var actor = existing.FirstOrDefault(a => a.Id == definition.Id)
            ?? existing.FirstOrDefault(a => definition.Siren is not null && a.Siren == definition.Siren)
            ?? existing.FirstOrDefault(a => definition.Rna is not null && a.Rna == definition.Rna);
        if (actor is null)
        {
            actor = new Actor(definition.Name, definition.Kind, location, now);
            db.Entry(actor).Property(a => a.Id).CurrentValue = definition.Id;
            Apply(definition, location, actor);
            db.Actors.Add(actor);
            db.AddIntegrationEvent(ActorIntegrationEvents.Registered(actor));
            return (actor, true);
        }

        Apply(definition, location, actor);
        if (HasChanged(actor))
        {
            actor.Touch(now);
            db.AddIntegrationEvent(ActorIntegrationEvents.Updated(actor));
        }

        return (actor, false);
    }

    private static void Apply(DemoActor definition, TerritoryLocation location, Actor actor)
    {
        if (actor.Name != definition.Name)
        {
            actor.Rename(definition.Name);
        }

        if (actor.Description != definition.Description)
        {
            actor.Describe(definition.Description);
        }

        actor.Kind = definition.Kind;
        actor.Location = location;
        actor.Themes = [.. definition.Themes];
        actor.ServedAreas = [.. definition.ServedAreas];
        actor.Address = definition.Address;
        actor.Website = definition.Website;
        actor.PublicEmail = definition.PublicEmail;
        actor.PublicPhone = definition.PublicPhone;
        actor.Siren = definition.Siren ?? actor.Siren;
        actor.Rna = definition.Rna ?? actor.Rna;
        actor.IsInternationalSolidarity = definition.IsInternationalSolidarity;
    }

    private void UpsertContact(DemoContact definition, Actor actor, DateTimeOffset now)
    {
        var contact = actor.Contacts.FirstOrDefault(c => c.FullName == definition.FullName);
        if (contact is null)
        {
            contact = new Contact(actor.Id, definition.FullName, definition.Visibility, definition.LegalBasis, definition.ConsentGivenOn, definition.ConsentSource, now);
            db.Contacts.Add(contact);
        }

        contact.Function = definition.Function;
        contact.Email = definition.Email;
        contact.Phone = definition.Phone;
        contact.Visibility = definition.Visibility;
        contact.LegalBasis = definition.LegalBasis;
        contact.ConsentGivenOn = definition.ConsentGivenOn;
        contact.ConsentSource = definition.ConsentSource;
        if (HasChanged(contact))
        {
            contact.UpdatedAt = now;
            db.AddIntegrationEvent(ContactIntegrationEvents.Changed(contact, now));
        }
    }

    private void UpsertOffer(DemoOffer definition, Actor actor, List<Offer> existing, DateTimeOffset now)
    {
        var offer = existing.FirstOrDefault(o => o.ActorId == actor.Id && o.Title == definition.Title);
        var isNew = offer is null;
        if (offer is null)
        {
            offer = new Offer(actor.Id, definition.Kind, definition.Title, actor.Location, now);
            db.Offers.Add(offer);
        }

        offer.Kind = definition.Kind;
        offer.Description = definition.Description;
        offer.Capacity = definition.Capacity;
        offer.Tags = [.. definition.Tags ?? []];
        offer.Location = actor.Location;

        var windowAdded = false;
        foreach (var (startsAt, endsAt) in definition.Windows ?? [])
        {
            if (!offer.Availabilities.Any(window => window.StartsAt == startsAt && window.EndsAt == endsAt))
            {
                var window = new OfferAvailability(startsAt, endsAt);
                offer.Availabilities.Add(window);
                // Added explicitly: a new entity with its key already set would otherwise be taken for an existing row.
                db.Add(window);
                windowAdded = true;
            }
        }

        if (!isNew && (HasChanged(offer) || windowAdded))
        {
            offer.UpdatedAt = now;
        }
    }

    private async Task UpsertCollectiveAsync(DemoCollective definition, Dictionary<DemoActor, Actor> actors, TerritoryLocation location, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var collective = await db.Collectives
            .Include(c => c.Members)
            .Include(c => c.WorkingGroups)
            .AsSplitQuery()
            .FirstOrDefaultAsync(c => c.Location.CommuneCode == definition.CommuneCode && c.Edition == definition.Edition && c.Name == definition.Name, cancellationToken);
        var isNew = collective is null;
        if (collective is null)
        {
            collective = new Collective(definition.Name, actors[definition.Coordinator].Id, location, definition.Edition, now);
            db.Collectives.Add(collective);
        }

        collective.Description = definition.Description;
        collective.CoordinatorActorId = actors[definition.Coordinator].Id;

        var changed = false;
        foreach (var member in definition.Members)
        {
            changed |= UpsertMember(collective, member, actors, now);
        }

        foreach (var group in definition.WorkingGroups)
        {
            changed |= UpsertWorkingGroup(collective, group, actors);
        }

        if (!isNew && (HasChanged(collective) || changed))
        {
            collective.UpdatedAt = now;
        }
    }

    /// <summary>Announces a new membership; a change to an existing one is only written.</summary>
    /// <returns>Whether the membership was added or changed.</returns>
    private bool UpsertMember(Collective collective, DemoMember definition, Dictionary<DemoActor, Actor> actors, DateTimeOffset now)
    {
        var actorId = definition.Actor is null ? (Guid?)null : actors[definition.Actor].Id;
        var member = collective.Members.FirstOrDefault(m => m.ActorId == actorId && m.CitizenName == definition.CitizenName && m.JoinedOn == definition.JoinedOn);
        var isNew = member is null;
        if (member is null)
        {
            member = new CollectiveMember(collective.Id, actorId, definition.CitizenName, definition.JoinedOn);
            db.CollectiveMembers.Add(member);
        }

        member.LeftOn = definition.LeftOn;
        member.CharterSignedOn = definition.CharterSignedOn;
        member.Roles = [.. definition.Roles];
        if (isNew)
        {
            // A membership seeded already closed is announced as left: consumers keep the last news
            // of a membership, and "joined" alone would count it as sitting.
            var change = member.LeftOn is null ? MembershipChange.Joined : MembershipChange.Left;
            db.AddIntegrationEvent(CollectiveIntegrationEvents.MembershipChanged(member, change, now));
        }

        return HasChanged(member);
    }

    /// <returns>Whether the group was added or changed.</returns>
    private bool UpsertWorkingGroup(Collective collective, DemoWorkingGroup definition, Dictionary<DemoActor, Actor> actors)
    {
        var group = collective.WorkingGroups.FirstOrDefault(g => g.Name == definition.Name);
        if (group is null)
        {
            group = new WorkingGroup(collective.Id, definition.Name, actors[definition.Lead].Id);
            db.Add(group);
        }

        group.Purpose = definition.Purpose;
        group.LeadActorId = actors[definition.Lead].Id;
        group.MemberActorIds = [.. definition.Members.Select(member => actors[member].Id)];
        return HasChanged(group);
    }

    private async Task UpsertSponsorshipAsync(DemoSponsorship definition, Dictionary<DemoActor, Actor> actors, CancellationToken cancellationToken)
    {
        var menteeId = actors[definition.Mentee].Id;
        var sponsorship = await db.Sponsorships.FirstOrDefaultAsync(s => s.MenteeActorId == menteeId && s.Edition == definition.Edition, cancellationToken);
        if (sponsorship is null)
        {
            sponsorship = new Sponsorship(actors[definition.Mentor].Id, menteeId, definition.Edition, definition.StartedOn);
            db.Sponsorships.Add(sponsorship);
        }

        sponsorship.Notes = definition.Notes;
    }

    private bool HasChanged(object entity)
    {
        var entry = db.Entry(entity);
        entry.DetectChanges();
        return entry.State is EntityState.Added or EntityState.Modified;
    }
}
