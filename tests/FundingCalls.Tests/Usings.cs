global using Xunit;

[assembly: AssemblyFixture(typeof(Ssi.Testing.InfrastructureFixture))]
