using ActorDirectory.Domain.Actors;
using ActorDirectory.Domain.Changes;
using ActorDirectory.Domain.Collectives;
using ActorDirectory.Domain.Offers;
using Microsoft.EntityFrameworkCore;
using Ssi.ServiceDefaults.Publishing;

namespace ActorDirectory.Data;

/// <summary>Turns what a save changes into lines of the changes feed.</summary>
internal static class ChangeRecorder
{
    public const string ActorType = "actor";
    public const string ContactType = "contact";
    public const string OfferType = "offer";
    public const string CollectiveType = "collective";
    public const string SponsorshipType = "sponsorship";

    public static void Record(DirectoryDbContext db)
    {
        var now = DateTimeOffset.UtcNow;
        var records = new Dictionary<(string Type, Guid Id), ChangeRecord>();

        void Add(string type, Guid id, ChangeKind kind, Guid? actorId = null, ContactVisibility? visibility = null)
        {
            if (records.TryGetValue((type, id), out var existing) && existing.Kind != ChangeKind.Upserted)
            {
                return;
            }

            records[(type, id)] = new ChangeRecord(type, id, kind, now) { ActorId = actorId, Visibility = visibility };
        }

        foreach (var entry in db.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            var erased = entry.State == EntityState.Deleted;
            switch (entry.Entity)
            {
                case Actor actor:
                    Add(ActorType, actor.Id, actor.Status == ActorStatus.Archived ? ChangeKind.Archived : ChangeKind.Upserted);
                    break;
                case Contact contact:
                    var before = entry.State == EntityState.Added ? contact.Visibility : (ContactVisibility)entry.Property(nameof(Contact.Visibility)).OriginalValue!;
                    Add(ContactType, contact.Id, erased ? ChangeKind.Erased : ChangeKind.Upserted, contact.ActorId, Widest(before, contact.Visibility));
                    break;
                case Offer offer:
                    Add(OfferType, offer.Id, erased ? ChangeKind.Erased : ChangeKind.Upserted, offer.ActorId);
                    break;
                case OfferAvailability availability:
                    var offerId = (Guid)entry.Property(nameof(OfferAvailability.OfferId)).CurrentValue!;
                    if (db.Offers.Local.FirstOrDefault(o => o.Id == offerId) is { } changedOffer)
                    {
                        Add(OfferType, changedOffer.Id, ChangeKind.Upserted, changedOffer.ActorId);
                    }

                    break;
                case Collective collective:
                    Add(CollectiveType, collective.Id, erased ? ChangeKind.Erased : ChangeKind.Upserted);
                    break;
                case CollectiveMember member:
                    Add(CollectiveType, member.CollectiveId, ChangeKind.Upserted);
                    break;
                case WorkingGroup group:
                    Add(CollectiveType, group.CollectiveId, ChangeKind.Upserted);
                    break;
                case Sponsorship sponsorship:
                    Add(SponsorshipType, sponsorship.Id, erased ? ChangeKind.Erased : ChangeKind.Upserted);
                    break;
            }
        }

        db.Changes.AddRange(records.Values);
    }

    /// <remarks>The visibilities go from the widest (public) to the narrowest (private).</remarks>
    private static ContactVisibility Widest(ContactVisibility first, ContactVisibility second) => first < second ? first : second;
}
