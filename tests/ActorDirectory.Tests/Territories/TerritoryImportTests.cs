using System.Diagnostics;
using System.Formats.Tar;
using System.IO.Compression;
using System.Text.Json.Nodes;
using ActorDirectory.Data;
using ActorDirectory.Domain.Territories;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Ssi.ServiceDefaults.Territories;
using Ssi.Testing;

namespace ActorDirectory.Tests.Territories;

/// <summary>The importer against its own database, fed with real records of the package (Territories/Data).</summary>
public sealed class TerritoryImportTests(DirectoryDatabase database) : IClassFixture<DirectoryDatabase>, IAsyncLifetime
{
    public static readonly string FixtureDirectory =
        Path.Combine(TestInfrastructure.RepositoryRoot, "tests", "ActorDirectory.Tests", "Territories", "Data");

    private readonly List<string> _temporaryDirectories = [];

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    /// <summary>Each test starts from an empty territories table.</summary>
    public async ValueTask InitializeAsync()
    {
        await using var db = database.CreateContext();
        await db.Database.ExecuteSqlAsync($"TRUNCATE territories", Cancellation);
    }

    public ValueTask DisposeAsync()
    {
        foreach (var directory in _temporaryDirectories.Where(Directory.Exists))
        {
            Directory.Delete(directory, recursive: true);
        }

        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task Only_current_communes_are_imported_each_with_its_EPCI_department_and_region()
    {
        var result = await ImportAsync(FixtureDirectory);

        Assert.Equal(new TerritoryImportResult(Regions: 4, Departments: 4, Epci: 4, Communes: 9, Added: 21, Updated: 0, Removed: 0), result);
        var communes = await ReadAsync(TerritoryKind.Commune);
        Assert.DoesNotContain(communes, commune => commune.Code == "13201");
        var lacq = Assert.Single(communes, commune => commune.Code == "64300");
        Assert.Equal(("200102531", 1036, "200039204"), (lacq.Siren, lacq.Population, lacq.EpciCode));

        var billere = communes.Single(commune => commune.Code == "64129");
        Assert.Equal(
            ("Billère", "billere", "216401299", 14384, "200067254", "64", "75", "metro"),
            (billere.Name, billere.SearchName, billere.Siren, billere.Population, billere.EpciCode, billere.DepartmentCode, billere.RegionCode, billere.Zone));
        Assert.Equal(["64140"], billere.PostalCodes);

        var ajaccio = communes.Single(commune => commune.Code == "2A004");
        Assert.Equal(("2A", "94", "242010056"), (ajaccio.DepartmentCode, ajaccio.RegionCode, ajaccio.EpciCode));
        Assert.Equal(["20000", "20090", "20167"], ajaccio.PostalCodes);

        var saintPierre = communes.Single(commune => commune.Code == "97502");
        Assert.Equal((null, "975", "975", "com", null), (saintPierre.EpciCode, saintPierre.DepartmentCode, saintPierre.RegionCode, saintPierre.Zone, saintPierre.Siren));
    }

    [Fact]
    public async Task EPCI_departments_and_regions_get_a_population_and_EPCI_the_area_of_their_members()
    {
        await ImportAsync(FixtureDirectory);

        var epcis = (await ReadAsync(TerritoryKind.Epci)).ToDictionary(epci => epci.Code);
        var pau = epcis["200067254"];
        Assert.Equal(("CA Pau Béarn Pyrénées", "200067254", "CA", 166794, "64", "75"), (pau.Name, pau.Siren, pau.EpciType, pau.Population, pau.DepartmentCode, pau.RegionCode));
        var nay = epcis["246401756"];
        Assert.Equal((null, null), (nay.DepartmentCode, nay.RegionCode));

        var departments = (await ReadAsync(TerritoryKind.Department)).ToDictionary(department => department.Code);
        Assert.Equal(14384 + 80441 + 9455 + 3184 + 1036, departments["64"].Population);
        Assert.Equal(("Corse-du-Sud", "94", 76320), (departments["2A"].Name, departments["2A"].RegionCode, departments["2A"].Population));
        Assert.Equal(("com", "975", 596 + 5194), (departments["975"].Zone, departments["975"].RegionCode, departments["975"].Population));

        var regions = (await ReadAsync(TerritoryKind.Region)).ToDictionary(region => region.Code);
        Assert.Equal(departments["64"].Population, regions["75"].Population);
        Assert.Equal(94, regions["76"].Population);
        Assert.Equal(("Saint-Pierre-et-Miquelon", "com", null), (regions["975"].Name, regions["975"].Zone, regions["975"].RegionCode));
    }

    [Fact]
    public async Task A_reimport_changes_nothing_and_a_new_version_updates_names_populations_and_removes_what_it_no_longer_lists()
    {
        await ImportAsync(FixtureDirectory);
        var before = await ReadAsync();

        Assert.Equal(new TerritoryImportResult(4, 4, 4, 9, Added: 0, Updated: 0, Removed: 0), await ImportAsync(FixtureDirectory));
        Assert.Equivalent(before, await ReadAsync(), strict: true);

        var nextVersion = CopyFixture();
        EditCommunes(nextVersion, communes =>
        {
            communes.Single(commune => (string?)commune!["code"] == "64445")!["population"] = 80500;
            communes.Single(commune => (string?)commune!["code"] == "64335")!["nom"] = "Lescar-en-Béarn";
            communes.Remove(communes.Single(commune => (string?)commune!["code"] == "97501"));
        });

        var result = await ImportAsync(nextVersion);

        // Pau and Lescar, department 64 and region 75 (Pau's population), 975 as department and region (Miquelon's).
        Assert.Equal((0, 6, 1), (result.Added, result.Updated, result.Removed));
        var communes = (await ReadAsync(TerritoryKind.Commune)).ToDictionary(commune => commune.Code);
        Assert.Equal(("Lescar-en-Béarn", "lescar en bearn"), (communes["64335"].Name, communes["64335"].SearchName));
        Assert.Equal(80500, communes["64445"].Population);
        Assert.DoesNotContain("97501", communes.Keys);
    }

    [Fact]
    public async Task Territories_are_reference_data_so_an_import_writes_nothing_to_the_changes_feed_or_the_outbox()
    {
        await ImportAsync(FixtureDirectory);

        await using var db = database.CreateContext();
        Assert.Equal(0, await db.Changes.CountAsync(Cancellation));
        Assert.Equal(0, await db.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM outbox_messages").SingleAsync(Cancellation));
    }

    public static TheoryData<string, string> BrokenDirectories => new()
    {
        { "missing directory", "does not exist" },
        { "missing file", "epci.json is missing" },
        { "not JSON", "communes.json is not in the format" },
        { "commune without a name", "communes.json is not in the format" },
        { "unknown EPCI member", "lists 64999 as a member of EPCI 200067254" },
        { "malformed code", "has '6412', which is not a commune code" },
    };

    [Theory]
    [MemberData(nameof(BrokenDirectories))]
    public async Task A_missing_or_malformed_data_directory_is_refused_with_a_clear_error_and_imports_nothing(string breakage, string message)
    {
        var directory = CopyFixture();
        switch (breakage)
        {
            case "missing directory":
                Directory.Delete(directory, recursive: true);
                break;
            case "missing file":
                File.Delete(Path.Combine(directory, "epci.json"));
                break;
            case "not JSON":
                await File.WriteAllTextAsync(Path.Combine(directory, "communes.json"), "<html>Not Found</html>", Cancellation);
                break;
            case "commune without a name":
                EditCommunes(directory, communes => communes[1]!.AsObject().Remove("nom"));
                break;
            case "unknown EPCI member":
                var epciFile = Path.Combine(directory, "epci.json");
                await File.WriteAllTextAsync(epciFile, (await File.ReadAllTextAsync(epciFile, Cancellation)).Replace("\"64335\"", "\"64999\""), Cancellation);
                break;
            case "malformed code":
                EditCommunes(directory, communes => communes.Single(commune => (string?)commune!["code"] == "64129")!["code"] = "6412");
                break;
        }

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => ImportAsync(directory));

        Assert.Contains(message, error.Message);
        Assert.Empty(await ReadAsync());
    }

    [Fact]
    public async Task The_npm_tarball_imports_like_its_data_folder()
    {
        var result = await ImportAsync(PackFixture());

        Assert.Equal(new TerritoryImportResult(Regions: 4, Departments: 4, Epci: 4, Communes: 9, Added: 21, Updated: 0, Removed: 0), result);
        Assert.Equal("Billère", (await ReadAsync(TerritoryKind.Commune)).Single(commune => commune.Code == "64129").Name);
    }

    [Fact]
    public async Task A_file_that_is_not_the_tarball_is_refused_and_nothing_is_imported()
    {
        var directory = CopyFixture();
        var notATarball = Path.Combine(directory, "decoupage-administratif.tgz");
        await File.WriteAllTextAsync(notATarball, "<html>proxy error</html>", Cancellation);

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => ImportAsync(notATarball));

        Assert.Contains("is not the npm tarball of @etalab/decoupage-administratif", error.Message);
        Assert.Empty(await ReadAsync());
    }

    [Fact]
    public async Task The_command_line_imports_a_tarball_with_the_expected_checksum_and_refuses_any_other()
    {
        var tarball = PackFixture();
        var checksum = Convert.ToBase64String(System.Security.Cryptography.SHA512.HashData(await File.ReadAllBytesAsync(tarball, Cancellation)));

        var (refused, errors) = await RunServiceAsync(TerritoryImportCommand.Argument, tarball, TerritoryImportCommand.ChecksumArgument, checksum[..^4] + "AAA=");
        Assert.Equal(1, refused);
        Assert.Contains("checksum mismatch", errors);
        Assert.Empty(await ReadAsync());

        var (imported, _) = await RunServiceAsync(TerritoryImportCommand.Argument, tarball, TerritoryImportCommand.ChecksumArgument, checksum);
        Assert.Equal(0, imported);
        Assert.Equal(21, (await ReadAsync()).Count);
    }

    [Fact]
    public async Task The_service_imports_from_the_command_line_and_exits()
    {
        var (exitCode, _) = await RunServiceAsync(TerritoryImportCommand.Argument, FixtureDirectory);

        Assert.Equal(0, exitCode);
        Assert.Equal(21, (await ReadAsync()).Count);
    }

    [Fact]
    public async Task The_command_line_import_of_a_bad_directory_says_why_and_exits_non_zero()
    {
        var (exitCode, errors) = await RunServiceAsync(TerritoryImportCommand.Argument, "/nonexistent/decoupage-administratif");

        Assert.Equal(1, exitCode);
        Assert.Contains("territory import failed: The territory data directory '/nonexistent/decoupage-administratif' does not exist.", errors);
        Assert.Empty(await ReadAsync());
    }

    /// <summary>Runs the service's own executable, as <c>./ssi</c> does, on the test database.</summary>
    private async Task<(int ExitCode, string Errors)> RunServiceAsync(params string[] arguments)
    {
        var service = typeof(TerritoryImporter).Assembly.Location;
        var startInfo = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(service)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["ConnectionStrings__directorydb"] = database.ConnectionString,
                ["ConnectionStrings__messaging"] = "amqp://127.0.0.1:1/",
                ["Authentication__Jwt__SigningKey"] = TestTokens.SigningKey,
            },
        };
        startInfo.ArgumentList.Add(service);
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo)!;
        var output = process.StandardOutput.ReadToEndAsync(Cancellation);
        var errors = process.StandardError.ReadToEndAsync(Cancellation);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Cancellation);
        timeout.CancelAfter(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }

        await output;
        return (process.ExitCode, await errors);
    }

    private async Task<TerritoryImportResult> ImportAsync(string directory)
    {
        await using var db = database.CreateContext();
        return await new TerritoryImporter(db, NullLogger<TerritoryImporter>.Instance).ImportAsync(directory, Cancellation);
    }

    private async Task<List<Territory>> ReadAsync(TerritoryKind? kind = null)
    {
        await using var db = database.CreateContext();
        return await db.Territories.AsNoTracking()
            .Where(territory => kind == null || territory.Kind == kind)
            .OrderBy(territory => territory.Kind).ThenBy(territory => territory.Code)
            .ToListAsync(Cancellation);
    }

    private string CopyFixture()
    {
        var directory = Directory.CreateTempSubdirectory("ssi-territories-").FullName;
        _temporaryDirectories.Add(directory);
        foreach (var file in Directory.EnumerateFiles(FixtureDirectory, "*.json"))
        {
            File.Copy(file, Path.Combine(directory, Path.GetFileName(file)));
        }

        return directory;
    }

    /// <summary>The fixture as npm packs it: <c>package/data/*.json</c> in a gzipped tarball.</summary>
    private string PackFixture()
    {
        var directory = Directory.CreateTempSubdirectory("ssi-territories-").FullName;
        _temporaryDirectories.Add(directory);
        var archive = Path.Combine(directory, "etalab-decoupage-administratif-6.0.0.tgz");
        using var file = File.Create(archive);
        using var gzip = new GZipStream(file, CompressionLevel.Fastest);
        using var tar = new TarWriter(gzip);
        tar.WriteEntry(Path.Combine(TestInfrastructure.RepositoryRoot, "README.md"), "package/README.md");
        foreach (var json in Directory.EnumerateFiles(FixtureDirectory, "*.json"))
        {
            tar.WriteEntry(json, $"package/data/{Path.GetFileName(json)}");
        }

        return archive;
    }

    private static void EditCommunes(string directory, Action<JsonArray> edit)
    {
        var path = Path.Combine(directory, "communes.json");
        var communes = JsonNode.Parse(File.ReadAllText(path))!.AsArray();
        edit(communes);
        File.WriteAllText(path, communes.ToJsonString());
    }
}
