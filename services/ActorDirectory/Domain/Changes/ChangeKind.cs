namespace ActorDirectory.Domain.Changes;

public enum ChangeKind
{
    /// <summary>Created or changed: fetch the current representation.</summary>
    Upserted,

    /// <summary>An actor left the directory; its record stays readable with status archived.</summary>
    Archived,

    /// <summary>Removed for good (a contact's erasure, a withdrawn membership): forget it.</summary>
    Erased,
}
