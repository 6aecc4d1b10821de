namespace Ssi.AppHost.Infrastructure;

/// <summary>Something this machine lacks to run the platform; the message says what to do.</summary>
internal sealed class PlatformSetupException(string message) : Exception(message);
