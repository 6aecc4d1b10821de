using ActorDirectory.Data;
using ActorDirectory.Domain.Actors;
using ActorDirectory.Domain.Offers;
using Ssi.ServiceDefaults.Data;
using Ssi.ServiceDefaults.Territories;

namespace ActorDirectory.Tests.Network;

/// <summary>Real organisations of the SSI documents, seeded once for the tests that search them.</summary>
internal static class Catalogue
{
    public const string MairieDeBillere = "Mairie de Billère";
    public const string MediathequeDEste = "Médiathèque d'Este";
    public const string ArtisansDuMondePau = "Artisans du Monde Pau";
    public const string CinemaLeMelies = "Cinéma Le Méliès";
    public const string CergyPontoise = "CA de Cergy-Pontoise";
    public const string VilleDeCergy = "Ville de Cergy";
    public const string CollectifCergy = "Collectif \"SSI; Cergy\"";
    public const string FormerCergyAssociation = "Association des Amis de Cergy (dissoute)";
    public const string CcasEaubonne = "CCAS d'Eaubonne";
    public const string MairieDeFontenay = "Mairie de Fontenay-sous-Bois";
    public const string Resacoop = "RESACOOP";
    public const string LianesCooperation = "Lianes Coopération";
    public const string UniversiteDeLille = "Université de Lille";

    public static async Task SeedAsync(DirectoryDbContext db)
    {
        var now = TimeProvider.System.GetDatabaseNow();
        Actor Add(string name, ActorKind kind, TerritoryLocation location, Action<Actor>? describe = null)
        {
            var actor = DirectoryWrites.NewActor(name, kind, location, describe);
            db.Actors.Add(actor);
            return actor;
        }

        var billere = Add(MairieDeBillere, ActorKind.Commune, Places.Billere, actor =>
        {
            actor.Describe("Coordonne le collectif SSI de Billère.");
            actor.Themes = ["migrations", "climate"];
            actor.ServedAreas = ["commune:64129", "epci:200067254"];
            actor.Address = new PostalAddress("Place François Mitterrand", "64140", "Billère");
            actor.Website = "https://www.ville-billere.fr";
            actor.PublicEmail = "ssi@example.org";
            actor.Siren = "216401299";
        });
        var mediatheque = Add(MediathequeDEste, ActorKind.Library, Places.Billere, actor => actor.Themes = ["culture"]);
        Add(ArtisansDuMondePau, ActorKind.Association, Places.Pau, actor =>
        {
            actor.Describe("Commerce équitable et éducation à la citoyenneté mondiale.");
            actor.IsInternationalSolidarity = true;
            actor.Themes = ["fair-trade"];
        });
        var melies = Add(CinemaLeMelies, ActorKind.Cinema, Places.Pau, actor => actor.Themes = ["culture", "migrations"]);
        Add(CergyPontoise, ActorKind.Epci, Places.Cergy);
        Add(VilleDeCergy, ActorKind.Commune, Places.Cergy);
        Add(CollectifCergy, ActorKind.Other, Places.Cergy, actor =>
        {
            actor.Describe("Une description\nsur deux lignes.");
            actor.PublicPhone = "+33 1 99 00 12 34";
        });
        Add(FormerCergyAssociation, ActorKind.Association, Places.Cergy).Archive(now);
        Add(CcasEaubonne, ActorKind.Ccas, Places.Eaubonne);
        Add(MairieDeFontenay, ActorKind.Commune, Places.FontenaySousBois);
        Add(Resacoop, ActorKind.RegionalNetwork, Places.Lyon, actor =>
            actor.Describe("Réseau régional multi-acteurs de la coopération et de la solidarité internationale en Auvergne-Rhône-Alpes."));
        Add(LianesCooperation, ActorKind.RegionalNetwork, Places.Lille);
        Add(UniversiteDeLille, ActorKind.University, Places.Lille, actor => actor.Describe("Partenaire de Lianes Coopération pour la SSI."));

        var room = new Offer(billere.Id, OfferKind.Room, "Salle des fêtes, 80 places", Places.Billere, now) { Capacity = 80 };
        room.Availabilities.Add(new OfferAvailability(now.AddDays(10), now.AddDays(11)));
        var withdrawnRoom = new Offer(mediatheque.Id, OfferKind.Room, "Auditorium", Places.Billere, now) { IsWithdrawn = true };
        var pastEquipment = new Offer(melies.Id, OfferKind.Equipment, "Projecteur", Places.Pau, now);
        pastEquipment.Availabilities.Add(new OfferAvailability(now.AddDays(-30), now.AddDays(-29)));
        var expertise = new Offer(mediatheque.Id, OfferKind.Expertise, "Animation de débats", Places.Billere, now);
        db.Offers.AddRange(room, withdrawnRoom, pastEquipment, expertise);

        await db.SaveChangesAsync();
    }
}

/// <summary>A directory holding <see cref="TestTerritories"/> and the <see cref="Catalogue"/>.</summary>
public sealed class CatalogueFactory() : Ssi.Testing.ServiceFactory<Program, DirectoryDbContext>("directorydb")
{
    protected override async Task SeedAsync(DirectoryDbContext db)
    {
        db.Territories.AddRange(TestTerritories.All());
        await db.SaveChangesAsync();
        await Catalogue.SeedAsync(db);
    }
}
