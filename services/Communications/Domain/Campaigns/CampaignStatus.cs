namespace Communications.Domain.Campaigns;

public enum CampaignStatus
{
    Draft,
    Scheduled,
    Sending,
    Paused,
    Cancelled,
    Finished,
}
