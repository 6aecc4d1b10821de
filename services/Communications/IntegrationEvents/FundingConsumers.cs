using Communications.Data;
using Communications.Domain.Funding;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Ssi.Contracts.FundingCalls;

namespace Communications.IntegrationEvents;

/// <summary>Remembers who applied to which call, so that the call's funder may write to its applicants.</summary>
public sealed class ApplicationSubmittedConsumer(CommunicationsDbContext db) : IConsumer<ApplicationSubmitted>
{
    public async Task Consume(ConsumeContext<ApplicationSubmitted> context)
    {
        var message = context.Message;
        if (!await db.FundingApplications.AnyAsync(application => application.ApplicationId == message.ApplicationId, context.CancellationToken))
        {
            db.FundingApplications.Add(new FundingApplication(message.ApplicationId, message.CallId, message.ApplicantId, message.ProjectTitle));
            await db.SaveChangesAsync(context.CancellationToken);
        }
    }
}
