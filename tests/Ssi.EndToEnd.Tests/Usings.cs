global using Xunit;

[assembly: AssemblyFixture(typeof(Ssi.EndToEnd.Tests.PlatformFixture))]
