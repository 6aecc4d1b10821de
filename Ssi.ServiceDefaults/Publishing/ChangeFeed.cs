using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ssi.ServiceDefaults.Publishing;

/// <summary>
/// The changes feed a service offers its followers (regional networks, city websites) to keep an
/// exact copy: how its rows are stored, read in commit-safe order, selected by type and coalesced.
/// </summary>
public static class ChangeFeed
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;

    /// <summary>The sequence as an identity, the writing transaction's id by default, and the index the feed reads in.</summary>
    public static void ConfigureFeedOrder<TRecord>(EntityTypeBuilder<TRecord> builder) where TRecord : class, IChangeRecord
    {
        builder.HasKey(change => change.Sequence);
        builder.Property(change => change.Sequence).UseIdentityAlwaysColumn();
        builder.Property(change => change.EntityType).HasMaxLength(16);
        builder.Property(change => change.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(change => change.TransactionId)
            .HasColumnType("xid8")
            .HasDefaultValueSql("pg_current_xact_id()")
            .ValueGeneratedOnAdd();
        builder.HasIndex(change => new { change.EntityType, change.EntityId });
        builder.HasIndex(change => new { change.TransactionId, change.Sequence });
    }

    /// <summary>
    /// Rows after the position, in (transaction, sequence) order, from transactions older than every
    /// transaction still running (<c>pg_snapshot_xmin</c>). Any row that becomes visible later
    /// belongs to a transaction running now or started later, whose id is at least that horizon, so
    /// it sorts after everything served: the feed never skips a slow commit. Ordering by sequence
    /// alone would not be enough: a transaction with an older id can take a later sequence, commit
    /// first, and be served before an earlier sequence of a younger transaction becomes visible.
    /// </summary>
    public static Task<List<TRecord>> ReadSettledAsync<TRecord>(DbSet<TRecord> changes, ChangeFeedPosition after, int count, CancellationToken cancellationToken)
        where TRecord : class, IChangeRecord
    {
        // The table name comes from the model, never from a request; the position goes as parameters.
        var settledAfterPosition = $$"""
            SELECT * FROM {{changes.EntityType.GetTableName()}}
            WHERE (transaction_id, sequence) > ({0}::xid8, {1})
              AND transaction_id < pg_snapshot_xmin(pg_current_snapshot())
            """;
        return changes.FromSqlRaw(settledAfterPosition, after.TransactionId.ToString(CultureInfo.InvariantCulture), after.Sequence)
            .AsNoTracking()
            .OrderBy(change => change.TransactionId)
            .ThenBy(change => change.Sequence)
            .Take(count)
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Reads the <c>types</c> a follower asked for (repeated or comma-separated) into a sorted
    /// selection, and its key: <c>*</c> for all, which the cursor records.
    /// </summary>
    /// <returns>Why the types cannot be read, or null.</returns>
    public static string? TrySelect(string[]? types, IReadOnlyCollection<string> known, out IReadOnlyList<string> selected, out string selection)
    {
        selected = (types ?? []).SelectMany(value => value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
        selection = selected.Count == 0 ? "*" : string.Join(',', selected);
        return selected.FirstOrDefault(type => !known.Contains(type)) is { } unknown
            ? $"'{unknown}' is not one of: {string.Join(", ", known)}."
            : null;
    }

    /// <summary>
    /// One line per record and page, at its last change: a record's representation is its current
    /// state anyway, so its earlier changes in the page would repeat it.
    /// </summary>
    public static List<TRecord> Coalesce<TRecord>(IEnumerable<TRecord> page) where TRecord : IChangeRecord =>
        page.Select((change, index) => (change, index))
            .GroupBy(row => (row.change.EntityType, row.change.EntityId))
            .Select(group => group.Last())
            .OrderBy(row => row.index)
            .Select(row => row.change)
            .ToList();

    public static ChangeFeedPosition PositionOf(IChangeRecord change) => new(change.TransactionId, change.Sequence);
}

/// <param name="NextCursor">Always set, even on an empty page: poll again with it to receive only what comes next.</param>
/// <param name="HasMore">True when further changes are already available: ask again at once. With a
/// <c>types</c> filter a page can hold fewer items than the limit, even none, while more follow: each
/// page reads a bounded run of the feed and filters it, so the cursor always moves past other types.</param>
public sealed record ChangePage<TItem>(IReadOnlyList<TItem> Items, string NextCursor, bool HasMore);
