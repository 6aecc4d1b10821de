using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;

namespace ActorDirectory.Data;

/// <summary>
/// Turns a search text into the words an actor must hold, so that the index of words
/// (<see cref="ActorWords"/>) picks a few hundred candidates before anything is scored. The words
/// that count are the database's <c>search_words</c>: neither short ("de", "l") nor grammatical
/// ("avec", "pour"). Each must appear, or one of the directory words closest to it: a typo
/// ("madagscar"), a plural ("solidarites"), a word it starts ("resac" for "resacoop"). Short and
/// grammatical words set aside, two consecutive ones must stand side by side in either order, or
/// with one word between in the order of the text searched: "amis terre" finds "Les Amis de la
/// Terre", "solidarite madagascar" finds "Madagascar Solidarité" and "Solidarité avec Madagascar",
/// "jumelage koudougou" finds "Comité de jumelage Billère–Koudougou". That is about what the
/// trigram similarity of the whole text demanded before (0.6), which found no farther words.
/// </summary>
internal static class ActorWordQuery
{
    /// <summary>Keeps the query small whatever the text: later words still count in the relevance.</summary>
    private const int MaxRequiredWords = 8;

    /// <summary>Enough for every word that a three-letter start opens ("sol" has about 60).</summary>
    private const int MaxAlternatives = 100;

    /// <summary>The trigram similarity from which two words are taken for one another.</summary>
    private const double Alike = 0.42;

    /// <summary>When no word is that alike, how far below the closest one an alternative may be.</summary>
    private const double MaxBehindClosest = 0.3;

    public static async Task<TextCandidates> CandidatesAsync(this DirectoryDbContext db, string text, CancellationToken cancellationToken)
    {
        // The vocabulary's trigram index finds the alternatives: "<%" when the searched word is
        // most of a vocabulary word (a prefix, pg_trgm's 0.6), "%" when the two words are alike.
        // Alike must mean close: "lianes" must not bring "lignes" (0.40) while "marie" brings
        // "mairie" (0.44), unless no word comes closer, as for "biler" and "billere".
        var alternatives = await db.Database
            .SqlQuery<WordAlternative>($"""
                SELECT searched.position, nearby.word
                FROM (SELECT lexeme AS word, positions[1]::int AS position
                      FROM unnest(search_words({text}))
                      ORDER BY positions[1]
                      LIMIT {MaxRequiredWords}) AS searched
                LEFT JOIN LATERAL (
                    SELECT scored.word
                    FROM (SELECT vocabulary.word,
                                 similarity(searched.word, vocabulary.word) AS alike,
                                 max(similarity(searched.word, vocabulary.word)) OVER () AS closest,
                                 searched.word <% vocabulary.word AS is_prefix
                          FROM search_vocabulary AS vocabulary
                          WHERE searched.word <% vocabulary.word OR searched.word % vocabulary.word) AS scored
                    WHERE scored.is_prefix OR scored.alike >= least({Alike}, scored.closest - {MaxBehindClosest})
                    ORDER BY scored.alike DESC
                    LIMIT {MaxAlternatives}) AS nearby ON true
                """)
            .ToListAsync(cancellationToken);

        if (alternatives.Count == 0)
        {
            return new TextCandidates.WholeText();
        }

        if (alternatives.Any(alternative => alternative.Word is null))
        {
            return new TextCandidates.None();
        }

        var groups = alternatives
            .GroupBy(alternative => alternative.Position)
            .OrderBy(group => group.Key)
            .Select(group => group.Select(alternative => Lexeme(alternative.Word!)).Aggregate(Or))
            .ToList();
        return new TextCandidates.Words(
            groups.Aggregate(And),
            groups.Count == 1 ? null : groups.Zip(groups.Skip(1), Near).Aggregate(And));
    }

    private static NpgsqlTsQuery Near(NpgsqlTsQuery first, NpgsqlTsQuery second) =>
        Or(Or(new NpgsqlTsQueryFollowedBy(first, 1, second), new NpgsqlTsQueryFollowedBy(second, 1, first)),
            new NpgsqlTsQueryFollowedBy(first, 2, second));

    private static NpgsqlTsQuery Lexeme(string word) => new NpgsqlTsQueryLexeme(word);

    private static NpgsqlTsQuery And(NpgsqlTsQuery left, NpgsqlTsQuery right) => new NpgsqlTsQueryAnd(left, right);

    private static NpgsqlTsQuery Or(NpgsqlTsQuery left, NpgsqlTsQuery right) => new NpgsqlTsQueryOr(left, right);

    /// <summary>Read with the services' snake_case naming convention.</summary>
    private sealed record WordAlternative(int Position, string? Word);
}
