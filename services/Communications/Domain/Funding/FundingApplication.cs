namespace Communications.Domain.Funding;

/// <summary>An application submitted to a call (<c>ApplicationSubmitted</c>): its applicant is one the call's funder may write to.</summary>
public sealed class FundingApplication
{
    private FundingApplication()
    {
    }

    public FundingApplication(Guid applicationId, Guid callId, Guid applicantId, string projectTitle)
    {
        ApplicationId = applicationId;
        CallId = callId;
        ApplicantId = applicantId;
        ProjectTitle = projectTitle;
    }

    public Guid ApplicationId { get; private set; }

    public Guid CallId { get; private set; }

    public Guid ApplicantId { get; private set; }

    public string ProjectTitle { get; private set; } = "";
}
