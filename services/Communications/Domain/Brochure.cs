namespace Communications.Domain;

/// <summary>
/// The printed programme of a calendar programme, as last rendered. Consumers count the changes
/// of its content in <see cref="Changes"/>; the renderer catches up with <see cref="RenderedChanges"/>.
/// Readers never trust the counters: they serve a document only when its <see cref="ContentTag"/>
/// is the tag of the content as it stands.
/// </summary>
public sealed class Brochure
{
    private Brochure()
    {
    }

    public Guid ProgrammeId { get; private set; }

    public long Changes { get; private set; }

    public long RenderedChanges { get; private set; }

    public string? ContentTag { get; private set; }

    public string? Html { get; private set; }

    public byte[]? Pdf { get; private set; }

    public DateTimeOffset? RenderedAt { get; private set; }
}
