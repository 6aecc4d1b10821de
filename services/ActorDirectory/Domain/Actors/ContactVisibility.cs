namespace ActorDirectory.Domain.Actors;

/// <summary>Who may read a contact person's details.</summary>
public enum ContactVisibility
{
    /// <summary>Anyone, including anonymous readers and networks.</summary>
    Public,

    /// <summary>The actor's own members and the coordinators of its territory.</summary>
    Members,

    /// <summary>Only the actor's members.</summary>
    Private,
}
