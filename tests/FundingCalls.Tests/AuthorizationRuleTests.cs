using Ssi.Testing;

namespace FundingCalls.Tests;

public sealed class AuthorizationRuleTests(FundingCallsFactory factory) : IClassFixture<FundingCallsFactory>
{
    [Fact]
    public async Task Every_endpoint_is_closed_without_a_token_unless_it_is_a_public_read() =>
        Assert.Empty(await EndpointAudit.FindViolationsAsync(factory.Services, factory.CreateClient()));
}
