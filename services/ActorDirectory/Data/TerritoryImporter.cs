using System.Diagnostics;
using System.Globalization;
using ActorDirectory.Domain.Territories;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using Ssi.ServiceDefaults.Territories;

namespace ActorDirectory.Data;

/// <summary>What an import changed in the territories table.</summary>
public sealed record TerritoryImportResult(int Regions, int Departments, int Epci, int Communes, int Added, int Updated, int Removed);

/// <summary>
/// Makes the territories table an exact copy of the reference data, in one transaction: the rows
/// are bulk-copied into a temporary table, then inserted or updated where they differ, and the
/// territories the reference no longer lists (merged communes) are removed. Territories are
/// reference data, not directory records: this bypasses the changes feed and the outbox.
/// </summary>
public sealed class TerritoryImporter(DirectoryDbContext db, ILogger<TerritoryImporter> logger)
{
    private static async Task<IReadOnlyList<Territory>> ReadAsync(string source, CancellationToken cancellationToken)
    {
        if (!TerritoryPackageArchive.IsArchive(source))
        {
            return await TerritoryImportSource.ReadAsync(source, cancellationToken);
        }

        var directory = Directory.CreateTempSubdirectory("ssi-territories-");
        try
        {
            await TerritoryPackageArchive.ExtractDataAsync(source, directory.FullName, cancellationToken);
            return await TerritoryImportSource.ReadAsync(directory.FullName, cancellationToken);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private const string Columns = "kind, code, name, search_name, siren, population, region_code, department_code, epci_code, epci_type, zone, postal_codes";

    /// <param name="source">The package's <c>data/</c> folder, or its npm tarball (<c>.tgz</c>).</param>
    public async Task<TerritoryImportResult> ImportAsync(string source, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var territories = await ReadAsync(source, cancellationToken);

        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await ExecuteAsync(connection, "CREATE TEMPORARY TABLE territory_import (LIKE territories) ON COMMIT DROP", cancellationToken);
            await CopyAsync(connection, territories, cancellationToken);

            var added = await CountAsync(connection, """
                SELECT count(*) FROM territory_import i
                WHERE NOT EXISTS (SELECT 1 FROM territories t WHERE t.kind = i.kind AND t.code = i.code)
                """, cancellationToken);
            var changed = await ExecuteAsync(connection, $"""
                INSERT INTO territories AS t ({Columns})
                SELECT {Columns} FROM territory_import
                ON CONFLICT (kind, code) DO UPDATE SET
                    name = excluded.name, search_name = excluded.search_name, siren = excluded.siren,
                    population = excluded.population, region_code = excluded.region_code,
                    department_code = excluded.department_code, epci_code = excluded.epci_code,
                    epci_type = excluded.epci_type, zone = excluded.zone, postal_codes = excluded.postal_codes
                WHERE (t.name, t.search_name, t.siren, t.population, t.region_code, t.department_code, t.epci_code, t.epci_type, t.zone, t.postal_codes)
                    IS DISTINCT FROM (excluded.name, excluded.search_name, excluded.siren, excluded.population, excluded.region_code,
                        excluded.department_code, excluded.epci_code, excluded.epci_type, excluded.zone, excluded.postal_codes)
                """, cancellationToken);
            var removed = await ExecuteAsync(connection, """
                DELETE FROM territories t
                WHERE NOT EXISTS (SELECT 1 FROM territory_import i WHERE i.kind = t.kind AND i.code = t.code)
                """, cancellationToken);
            await transaction.CommitAsync(cancellationToken);

            // Fresh statistics, so that the first searches after an import get good plans.
            await ExecuteAsync(connection, "ANALYZE territories", cancellationToken);

            var result = new TerritoryImportResult(
                Count(TerritoryKind.Region), Count(TerritoryKind.Department), Count(TerritoryKind.Epci), Count(TerritoryKind.Commune),
                added, changed - added, removed);
            logger.LogInformation(
                "Imported {Regions} regions, {Departments} departments, {Epci} EPCI and {Communes} communes from {Source} in {Elapsed:0.0} s: {Added} added, {Updated} updated, {Removed} removed",
                result.Regions, result.Departments, result.Epci, result.Communes, source, Stopwatch.GetElapsedTime(started).TotalSeconds,
                result.Added, result.Updated, result.Removed);
            return result;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        int Count(TerritoryKind kind) => territories.Count(territory => territory.Kind == kind);
    }

    private static async Task CopyAsync(NpgsqlConnection connection, IReadOnlyList<Territory> territories, CancellationToken cancellationToken)
    {
        await using var writer = await connection.BeginBinaryImportAsync($"COPY territory_import ({Columns}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var territory in territories)
        {
            await writer.StartRowAsync(cancellationToken);
            await writer.WriteAsync(territory.Kind.ToString(), NpgsqlDbType.Varchar, cancellationToken);
            await writer.WriteAsync(territory.Code, NpgsqlDbType.Varchar, cancellationToken);
            await writer.WriteAsync(territory.Name, NpgsqlDbType.Varchar, cancellationToken);
            await writer.WriteAsync(territory.SearchName, NpgsqlDbType.Varchar, cancellationToken);
            await writer.WriteAsync(territory.Siren, NpgsqlDbType.Varchar, cancellationToken);
            await writer.WriteAsync(territory.Population, NpgsqlDbType.Integer, cancellationToken);
            await writer.WriteAsync(territory.RegionCode, NpgsqlDbType.Varchar, cancellationToken);
            await writer.WriteAsync(territory.DepartmentCode, NpgsqlDbType.Varchar, cancellationToken);
            await writer.WriteAsync(territory.EpciCode, NpgsqlDbType.Varchar, cancellationToken);
            await writer.WriteAsync(territory.EpciType, NpgsqlDbType.Varchar, cancellationToken);
            await writer.WriteAsync(territory.Zone, NpgsqlDbType.Varchar, cancellationToken);
            await writer.WriteAsync(territory.PostalCodes, NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
        }

        await writer.CompleteAsync(cancellationToken);
    }

    private static async Task<int> ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<int> CountAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }
}
