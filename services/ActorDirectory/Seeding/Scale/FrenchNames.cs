namespace ActorDirectory.Seeding.Scale;

/// <summary>The prepositions French puts before place names: "Mairie de Billère", "Ville du Havre", "Conseil départemental de l'Essonne".</summary>
internal static class FrenchNames
{
    private const string Vowels = "AEIOUYÂÀÉÈÊËÎÏÔŒÛÙÜ";

    /// <summary>"de Billère", "d'Amiens", "du Havre", "des Lilas", "de La Rochelle". Commune names carry their article.</summary>
    public static string OfCommune(string name) =>
        name.StartsWith("Le ", StringComparison.Ordinal) ? "du " + name[3..]
        : name.StartsWith("Les ", StringComparison.Ordinal) ? "des " + name[4..]
        : StartsWithVowel(name) ? "d'" + name
        : "de " + name;

    /// <summary>"à Billère", "au Havre", "aux Lilas".</summary>
    public static string InCommune(string name) =>
        name.StartsWith("Le ", StringComparison.Ordinal) ? "au " + name[3..]
        : name.StartsWith("Les ", StringComparison.Ordinal) ? "aux " + name[4..]
        : "à " + name;

    /// <summary>
    /// For a department or region, whose name comes without its article: the COG's "type de nom en
    /// clair" (TNCC) says which one ("du Nord", "de la Gironde", "de l'Essonne", "des Landes").
    /// </summary>
    public static string OfTerritory(string name, int nameType) => nameType switch
    {
        1 => "d'" + name,
        2 => "du " + name,
        3 => "de la " + name,
        4 or 6 => "des " + name,
        5 => "de l'" + name,
        7 => "de las " + name,
        8 => "de los " + name,
        _ => "de " + name,
    };

    private static bool StartsWithVowel(string name) => name.Length > 0 && Vowels.Contains(char.ToUpperInvariant(name[0]));
}
