using ActorDirectory.Domain.Actors;
using Ssi.ServiceDefaults.Territories;

namespace ActorDirectory.Tests.Network;

/// <summary>Where the test actors are based, as <see cref="TestTerritories"/> places those communes.</summary>
internal static class Places
{
    public static readonly TerritoryLocation Billere = new("64129", "200067254", "64", "75");
    public static readonly TerritoryLocation Pau = new("64445", "200067254", "64", "75");
    public static readonly TerritoryLocation FontenaySousBois = new("94033", "200054781", "94", "11");
    public static readonly TerritoryLocation Cergy = new("95127", "249500109", "95", "11");
    public static readonly TerritoryLocation Eaubonne = new("95203", "200058485", "95", "11");
    public static readonly TerritoryLocation Lille = new("59350", "200093201", "59", "32");
    public static readonly TerritoryLocation Lyon = new("69123", "200046977", "69", "84");
}
