global using Xunit;

[assembly: AssemblyFixture(typeof(Ssi.EndToEnd.Tests.PlatformFixture))]
[assembly: AssemblyFixture(typeof(Ssi.EndToEnd.Tests.Browser.BrowserFixture))]
