namespace Ssi.AppHost.Platform;

internal static class DirectoryDataExtensions
{
    /// <summary>
    /// The directory's reference data, as one-shot jobs after its migrations: the territories
    /// (fetched with npm the first time, checked against their pinned checksum), then the demo
    /// organisations of the documents unless <c>SSI_DEMO=0</c>. Returns the last job, which the
    /// directory waits for.
    /// </summary>
    public static IResourceBuilder<ProjectResource> AddDirectoryData(
        this IDistributedApplicationBuilder builder,
        PlatformSettings settings,
        ServiceDependencies dependencies,
        IResourceBuilder<ProjectResource> migrations)
    {
        var package = new TerritoryPackage(settings.StateDirectory);
        var territories = builder.AddJob<Projects.ActorDirectory>("territories", dependencies)
            .WithArgs("--import-territories", package.File, "--expect-sha512", TerritoryPackage.Sha512)
            .WaitForCompletion(migrations);

        if (!package.IsCached)
        {
            Directory.CreateDirectory(package.CacheDirectory);
            var download = builder.AddExecutable("territories-download", "npm", package.CacheDirectory,
                    "pack", $"{TerritoryPackage.Name}@{TerritoryPackage.Version}", "--pack-destination", package.CacheDirectory)
                .WithIconName("ArrowDownload");
            territories.WaitForCompletion(download);
        }

        if (!settings.DemoData)
        {
            return territories;
        }

        return builder.AddJob<Projects.ActorDirectory>("demo-data", dependencies)
            .WithArgs("--seed-demo")
            .WaitForCompletion(territories);
    }
}
