using ActorDirectory.Domain.Actors;
using static ActorDirectory.Seeding.Demo.DemoActors;

namespace ActorDirectory.Seeding.Demo;

/// <summary>
/// Contact people of the demo. Every one of them is invented (the people the documents name are
/// not here), with an example.org address and a phone number in the ranges ARCEP reserves for
/// fiction (01 99 00, 03 53 01, 04 65 71, 05 36 49).
/// </summary>
public static class DemoContacts
{
    private const string StaffDirectory = "Annuaire des services, mis à jour par la collectivité";
    private const string CollectiveForm = "Formulaire d'adhésion au collectif SSI de Billère 2026";

    public static IReadOnlyList<DemoContact> All { get; } =
    [
        new(MairieDeBillere, "Sophie Larrieu", "Chargée de mission démocratie locale, coordination du collectif SSI",
            "sophie.larrieu@example.org", "05 36 49 10 01", ContactVisibility.Public, LegalBasis.PublicTask, new(2026, 1, 13), StaffDirectory),
        new(MairieDeBillere, "Julien Etcheverry", "Régisseur des salles municipales",
            "julien.etcheverry@example.org", "05 36 49 10 02", ContactVisibility.Members, LegalBasis.PublicTask, new(2026, 1, 13), StaffDirectory),
        new(EpicerieSocialeDeBillere, "Nadia Benhamou", "Coordinatrice de l'épicerie sociale",
            "nadia.benhamou@example.org", "05 36 49 10 11", ContactVisibility.Private, LegalBasis.Consent, new(2026, 2, 3), CollectiveForm),
        new(CcfdTerreSolidaireBillere, "Marc Dufau", "Responsable de l'équipe locale",
            "marc.dufau@example.org", "05 36 49 10 12", ContactVisibility.Members, LegalBasis.Consent, new(2026, 1, 27), CollectiveForm),
        new(PyreneesSahelSolidarite, "Isabelle Cazenave", "Présidente",
            "isabelle.cazenave@example.org", "05 36 49 10 13", ContactVisibility.Public, LegalBasis.Consent, new(2026, 1, 27), CollectiveForm),
        new(Radsi, "Claire Dubosc", "Chargée de mission éducation à la citoyenneté et à la solidarité internationale",
            "claire.dubosc@example.org", "05 36 49 10 20", ContactVisibility.Public, LegalBasis.LegitimateInterest, new(2026, 1, 13),
            "Liste des référents régionaux de la campagne"),
        new(VilleDeFontenaySousBois, "Amandine Roussel", "Chargée des relations internationales",
            "amandine.roussel@example.org", "01 99 00 11 01", ContactVisibility.Public, LegalBasis.PublicTask, new(2026, 3, 2), StaffDirectory),
        new(FontenayHaitiSolidarite, "Jean-Baptiste Pierre-Louis", "Trésorier",
            "jean-baptiste.pierre-louis@example.org", "01 99 00 11 12", ContactVisibility.Private, LegalBasis.Consent, new(2026, 4, 14),
            "Dossier déposé à la commission d'aide aux projets 2026"),
        new(CaDeCergyPontoise, "Thomas Nguyen", "Chargé de mission solidarité internationale",
            "thomas.nguyen@example.org", "01 99 00 21 01", ContactVisibility.Members, LegalBasis.PublicTask, new(2026, 2, 9), StaffDirectory),
        new(Cresi, "Fatou Diallo", "Animatrice du centre de ressources",
            "fatou.diallo@example.org", "01 99 00 31 01", ContactVisibility.Public, LegalBasis.PublicTask, new(2026, 1, 5), StaffDirectory),
        new(Resacoop, "Pierre Morel", "Chargé de mission Festival des Solidarités",
            "pierre.morel@example.org", "04 65 71 10 01", ContactVisibility.Public, LegalBasis.LegitimateInterest, new(2026, 1, 19),
            "Page contact publique du réseau"),
        new(LianesCooperation, "Élodie Vasseur", "Coordinatrice régionale",
            "elodie.vasseur@example.org", "03 53 01 10 01", ContactVisibility.Members, LegalBasis.LegitimateInterest, new(2026, 2, 2),
            "Échange avec la coordination régionale"),
        new(CcasEaubonne, "Karim Haddad", "Responsable de l'action sociale",
            "karim.haddad@example.org", "01 99 00 41 01", ContactVisibility.Private, LegalBasis.PublicTask, new(2026, 5, 11), StaffDirectory),
        new(CitesUniesFrance, "Anne Lefebvre", "Chargée de mission",
            "anne.lefebvre@example.org", "01 99 00 51 01", ContactVisibility.Public, LegalBasis.LegitimateInterest, new(2026, 1, 8),
            "Page contact publique de l'association"),
    ];
}
