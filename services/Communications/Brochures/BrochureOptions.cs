namespace Communications.Brochures;

/// <summary>The <c>Brochures</c> configuration section.</summary>
public sealed class BrochureOptions
{
    public const string Section = "Brochures";

    /// <summary>Debian's <c>chromium</c> package, which <c>./ssi</c> installs; never a downloaded browser.</summary>
    public string ChromiumPath { get; set; } = "/usr/bin/chromium";

    /// <summary>How often the renderer looks for brochures whose content changed.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Longest a print may take before Chromium is deemed stuck and restarted.</summary>
    public TimeSpan PrintTimeout { get; set; } = TimeSpan.FromSeconds(60);
}
