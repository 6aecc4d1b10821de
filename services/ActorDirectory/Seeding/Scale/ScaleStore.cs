using ActorDirectory.Data;
using ActorDirectory.Domain.Actors;
using ActorDirectory.Domain.Changes;
using Npgsql;
using NpgsqlTypes;
using Ssi.ServiceDefaults.Publishing;
using Ssi.ServiceDefaults.Territories;

namespace ActorDirectory.Seeding.Scale;

/// <summary>
/// Writes generated rows in bulk: binary COPY into staging tables, then one INSERT ... SELECT per
/// table that skips rows already there (by id, SIREN or RNA) and writes a changes-feed line for
/// each row it added, in insertion order.
/// </summary>
internal static class ScaleStore
{
    public const string CreateStagingTables = """
        CREATE TEMP TABLE seed_actors (
            ord integer NOT NULL, id uuid NOT NULL, name text NOT NULL, search_text text NOT NULL, kind text NOT NULL,
            description text, themes text[] NOT NULL, served_areas text[] NOT NULL,
            address_street text, address_postal_code text, address_city text, siren text, rna text,
            is_international_solidarity boolean NOT NULL,
            commune_code text NOT NULL, epci_code text, department_code text NOT NULL, region_code text NOT NULL,
            added boolean NOT NULL DEFAULT false) ON COMMIT DROP;
        CREATE TEMP TABLE seed_offers (
            ord integer NOT NULL, id uuid NOT NULL, actor_id uuid NOT NULL, kind text NOT NULL, title text NOT NULL,
            description text, capacity integer, tags text[] NOT NULL,
            commune_code text NOT NULL, epci_code text, department_code text NOT NULL, region_code text NOT NULL) ON COMMIT DROP;
        """;

    /// <summary>Adds the actors not there yet, each with its feed line; the count is the number added.</summary>
    public const string InsertActors = $"""
        WITH added AS (
            INSERT INTO actors (id, name, search_text, kind, description, themes, served_areas, siren, rna, is_international_solidarity,
                status, created_at, updated_at, address_street, address_postal_code, address_city,
                commune_code, epci_code, department_code, region_code)
            SELECT id, name, search_text, kind, description, themes, served_areas, siren, rna, is_international_solidarity,
                '{nameof(ActorStatus.Active)}', @now, @now, address_street, address_postal_code, address_city,
                commune_code, epci_code, department_code, region_code
            FROM seed_actors
            ORDER BY ord
            ON CONFLICT DO NOTHING
            RETURNING id),
        feed AS (
            INSERT INTO changes (entity_type, entity_id, kind, occurred_at)
            SELECT '{ChangeRecorder.ActorType}', seed.id, '{nameof(ChangeKind.Upserted)}', @now
            FROM seed_actors seed JOIN added USING (id)
            ORDER BY seed.ord)
        UPDATE seed_actors SET added = true FROM added WHERE seed_actors.id = added.id
        """;

    /// <summary>Adds the offers of the actors this run added, each with its feed line.</summary>
    public const string InsertOffers = $"""
        WITH added AS (
            INSERT INTO offers (id, actor_id, kind, title, description, capacity, tags, is_withdrawn, created_at, updated_at,
                commune_code, epci_code, department_code, region_code)
            SELECT seed.id, seed.actor_id, seed.kind, seed.title, seed.description, seed.capacity, seed.tags, false, @now, @now,
                seed.commune_code, seed.epci_code, seed.department_code, seed.region_code
            FROM seed_offers seed JOIN seed_actors owner ON owner.id = seed.actor_id AND owner.added
            ORDER BY seed.ord
            ON CONFLICT DO NOTHING
            RETURNING id)
        INSERT INTO changes (entity_type, entity_id, actor_id, kind, occurred_at)
        SELECT '{ChangeRecorder.OfferType}', seed.id, seed.actor_id, '{nameof(ChangeKind.Upserted)}', @now
        FROM seed_offers seed JOIN added USING (id)
        ORDER BY seed.ord
        """;

    public static async Task CopyActorsAsync(NpgsqlConnection connection, IReadOnlyList<SeedActor> actors, CancellationToken cancellationToken)
    {
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY seed_actors (ord, id, name, search_text, kind, description, themes, served_areas, address_street, address_postal_code, " +
            "address_city, siren, rna, is_international_solidarity, commune_code, epci_code, department_code, region_code) FROM STDIN (FORMAT BINARY)",
            cancellationToken);
        for (var ord = 0; ord < actors.Count; ord++)
        {
            var actor = actors[ord];
            await writer.StartRowAsync(cancellationToken);
            await writer.WriteAsync(ord, NpgsqlDbType.Integer, cancellationToken);
            await writer.WriteAsync(actor.Id, NpgsqlDbType.Uuid, cancellationToken);
            await writer.WriteAsync(actor.Name, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(actor.SearchText, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(actor.Kind.ToString(), NpgsqlDbType.Text, cancellationToken);
            await WriteTextAsync(writer, actor.Description, cancellationToken);
            await writer.WriteAsync(actor.Themes, NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(actor.ServedAreas, NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
            await WriteTextAsync(writer, actor.Address.Street, cancellationToken);
            await WriteTextAsync(writer, actor.Address.PostalCode, cancellationToken);
            await WriteTextAsync(writer, actor.Address.City, cancellationToken);
            await WriteTextAsync(writer, actor.Siren, cancellationToken);
            await WriteTextAsync(writer, actor.Rna, cancellationToken);
            await writer.WriteAsync(actor.IsInternationalSolidarity, NpgsqlDbType.Boolean, cancellationToken);
            await WriteLocationAsync(writer, actor.Location, cancellationToken);
        }

        await writer.CompleteAsync(cancellationToken);
    }

    public static async Task CopyOffersAsync(NpgsqlConnection connection, IReadOnlyList<SeedOffer> offers, CancellationToken cancellationToken)
    {
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY seed_offers (ord, id, actor_id, kind, title, description, capacity, tags, commune_code, epci_code, department_code, region_code) " +
            "FROM STDIN (FORMAT BINARY)",
            cancellationToken);
        for (var ord = 0; ord < offers.Count; ord++)
        {
            var offer = offers[ord];
            await writer.StartRowAsync(cancellationToken);
            await writer.WriteAsync(ord, NpgsqlDbType.Integer, cancellationToken);
            await writer.WriteAsync(offer.Id, NpgsqlDbType.Uuid, cancellationToken);
            await writer.WriteAsync(offer.ActorId, NpgsqlDbType.Uuid, cancellationToken);
            await writer.WriteAsync(offer.Kind.ToString(), NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(offer.Title, NpgsqlDbType.Text, cancellationToken);
            await WriteTextAsync(writer, offer.Description, cancellationToken);
            if (offer.Capacity is { } capacity)
            {
                await writer.WriteAsync(capacity, NpgsqlDbType.Integer, cancellationToken);
            }
            else
            {
                await writer.WriteNullAsync(cancellationToken);
            }

            await writer.WriteAsync(offer.Tags, NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
            await WriteLocationAsync(writer, offer.Location, cancellationToken);
        }

        await writer.CompleteAsync(cancellationToken);
    }

    private static async Task WriteLocationAsync(NpgsqlBinaryImporter writer, TerritoryLocation location, CancellationToken cancellationToken)
    {
        await writer.WriteAsync(location.CommuneCode, NpgsqlDbType.Text, cancellationToken);
        await WriteTextAsync(writer, location.EpciCode, cancellationToken);
        await writer.WriteAsync(location.DepartmentCode, NpgsqlDbType.Text, cancellationToken);
        await writer.WriteAsync(location.RegionCode, NpgsqlDbType.Text, cancellationToken);
    }

    private static Task WriteTextAsync(NpgsqlBinaryImporter writer, string? value, CancellationToken cancellationToken) =>
        value is null ? writer.WriteNullAsync(cancellationToken) : writer.WriteAsync(value, NpgsqlDbType.Text, cancellationToken);
}
