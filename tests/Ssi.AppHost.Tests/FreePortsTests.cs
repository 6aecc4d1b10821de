using Ssi.AppHost.Infrastructure;

namespace Ssi.AppHost.Tests;

/// <summary>
/// The ports a platform's resources bind seconds after they were chosen. Two thousand picks out of
/// the twelve thousand below the ephemeral range would share some port if each were drawn alone.
/// </summary>
public sealed class FreePortsTests
{
    [Fact]
    public void A_process_is_never_handed_the_same_port_twice_before_anything_binds_it()
    {
        var ports = Enumerable.Range(0, 2000).Select(_ => FreePorts.Next()).ToList();

        Assert.Equal(ports.Count, ports.Distinct().Count());
    }

    [Fact]
    public void A_block_shares_no_port_with_ports_handed_out_before()
    {
        var single = Enumerable.Range(0, 500).Select(_ => FreePorts.Next()).ToHashSet();

        var blocks = Enumerable.Range(0, 100).SelectMany(_ => Enumerable.Range(FreePorts.Block(5), 5)).ToList();

        Assert.DoesNotContain(blocks, single.Contains);
        Assert.Equal(blocks.Count, blocks.Distinct().Count());
    }
}
