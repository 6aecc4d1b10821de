namespace Ssi.ServiceDefaults.Publishing;

/// <summary>What happened to a record, as a changes feed tells its followers.</summary>
public enum ChangeKind
{
    /// <summary>Created or changed: fetch the current representation.</summary>
    Upserted,

    /// <summary>A record left active life (an archived actor) but stays readable.</summary>
    Archived,

    /// <summary>Removed for good (a contact's erasure, a withdrawn membership, an event taken down): a tombstone, forget it.</summary>
    Erased,
}
