using Ssi.Testing;

namespace Communications.Tests;

public sealed class AuthorizationRuleTests(CommunicationsFactory factory) : IClassFixture<CommunicationsFactory>
{
    [Fact]
    public async Task Every_endpoint_is_closed_without_a_token_unless_it_is_a_public_read() =>
        Assert.Empty(await EndpointAudit.FindViolationsAsync(factory.Services, factory.CreateClient()));
}
