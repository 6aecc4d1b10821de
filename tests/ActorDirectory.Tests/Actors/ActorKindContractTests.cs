using ActorDirectory.Domain.Actors;
using Ssi.Contracts.ActorDirectory;
using Ssi.ServiceDefaults.Http;

namespace ActorDirectory.Tests.Actors;

public sealed class ActorKindContractTests
{
    [Fact]
    public void The_contract_lists_exactly_the_kinds_the_directory_publishes() =>
        Assert.Equal(ApiEnum<ActorKind>.Names.Order(), ActorKinds.All.Order());
}
