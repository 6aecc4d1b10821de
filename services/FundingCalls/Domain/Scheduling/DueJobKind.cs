namespace FundingCalls.Domain.Scheduling;

public enum DueJobKind
{
    /// <summary>Close a call at its deadline.</summary>
    CloseCall,

    /// <summary>Remind the actors of an open call's scope that it closes soon.</summary>
    RemindCallClosing,

    /// <summary>Announce a grant's scheduled payment on its due day, unless paid.</summary>
    PaymentDue,

    /// <summary>Remind a beneficiary a month before its report is due, unless filed.</summary>
    RemindReport,

    /// <summary>Tell a beneficiary (and its funder) the day after the due date that the report is missing.</summary>
    ReportOverdue,
}
