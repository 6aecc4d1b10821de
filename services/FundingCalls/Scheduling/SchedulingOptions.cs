namespace FundingCalls.Scheduling;

public sealed class SchedulingOptions
{
    public const string SectionName = "Scheduling";

    /// <summary>How often a replica looks for jobs another replica scheduled; its own wake it at once.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long before a call's deadline the actors of its scope are reminded of it.</summary>
    public TimeSpan ClosingReminderLead { get; set; } = TimeSpan.FromDays(7);
}
