namespace FundingCalls.Domain.Scheduling;

public enum DueJobKind
{
    /// <summary>Close a call at its deadline.</summary>
    CloseCall,

    /// <summary>Remind the actors of an open call's scope that it closes soon.</summary>
    RemindCallClosing,
}
