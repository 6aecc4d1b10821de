using Communications.Audiences;
using Communications.Data;
using Communications.Domain.Audiences;
using Communications.Domain.Funding;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Ssi.Contracts.FundingCalls;
using Ssi.ServiceDefaults.Text;

namespace Communications.Notifications;

/// <summary>A call opening reaches the eligible actors of its scope (its funder aside); the call is kept for its reminders and its funder's campaigns.</summary>
public sealed class CallOpenedConsumer(CommunicationsDbContext db, AudienceResolver audiences, Notifier notifier) : IConsumer<CallOpened>
{
    public async Task Consume(ConsumeContext<CallOpened> context)
    {
        var message = context.Message;
        var cancellationToken = context.CancellationToken;
        if (!await db.FundingCalls.AnyAsync(call => call.CallId == message.CallId, cancellationToken))
        {
            db.FundingCalls.Add(new FundingCall(message.CallId, message.FunderId, message.FunderName, message.Title, message.ScopeTerritory,
                message.EligibleActorKinds, message.ClosesAt));
            await db.SaveChangesAsync(cancellationToken);
        }

        var recipients = await audiences.EligibleForCallAsync(message.ScopeTerritory, message.EligibleActorKinds, message.FunderId, cancellationToken);
        await notifier.NotifyAsync(NotificationTemplates.CallOpened, $"{message.CallId:N}", recipients, new Dictionary<string, string>
        {
            ["call.title"] = message.Title,
            ["funder.name"] = message.FunderName,
            ["call.closes_at"] = FrenchFormat.DateAndTime(message.ClosesAt),
        }, unsubscribable: true, cancellationToken, fromName: message.FunderName);
    }
}

/// <summary>A call closing soon reminds its draft applicants and the eligible actors of its scope.</summary>
public sealed class CallClosingSoonConsumer(CommunicationsDbContext db, AudienceResolver audiences, Notifier notifier) : IConsumer<CallClosingSoon>
{
    public async Task Consume(ConsumeContext<CallClosingSoon> context)
    {
        var message = context.Message;
        var cancellationToken = context.CancellationToken;
        var call = await db.FundingCalls.AsNoTracking().SingleOrDefaultAsync(call => call.CallId == message.CallId, cancellationToken);
        var recipients = new List<Recipient>();
        foreach (var applicantId in message.DraftApplicantIds)
        {
            recipients.AddRange(await audiences.ActorAsync(applicantId, cancellationToken));
        }

        if (call is not null)
        {
            recipients.AddRange(await audiences.EligibleForCallAsync(message.ScopeTerritory, call.EligibleActorKinds, call.FunderId, cancellationToken));
        }

        var funderName = call?.FunderName ?? Notifier.PlatformName;
        await notifier.NotifyAsync(NotificationTemplates.CallClosingSoon, $"{message.CallId:N}:{message.ClosesAt.UtcTicks}",
            recipients.DistinctBy(recipient => recipient.Email), new Dictionary<string, string>
            {
                ["call.title"] = message.Title,
                ["funder.name"] = funderName,
                ["call.closes_at"] = FrenchFormat.DateAndTime(message.ClosesAt),
            }, unsubscribable: true, cancellationToken, fromName: funderName);
    }
}

/// <summary>A correction request reaches the applicant.</summary>
public sealed class CorrectionRequestedConsumer(FunderMail mail) : IConsumer<CorrectionRequested>
{
    public Task Consume(ConsumeContext<CorrectionRequested> context)
    {
        var message = context.Message;
        return mail.ToApplicantAsync(NotificationTemplates.CorrectionRequested, message.CallId, message.ApplicantId,
            $"{message.ApplicationId:N}:{message.OccurredAt.UtcTicks}", new Dictionary<string, string>
            {
                ["project.title"] = message.ProjectTitle,
                ["reason"] = message.Reason,
            }, context.CancellationToken);
    }
}

/// <summary>An accepted application's applicant hears of its grant.</summary>
public sealed class ApplicationAcceptedConsumer(FunderMail mail) : IConsumer<ApplicationAccepted>
{
    public Task Consume(ConsumeContext<ApplicationAccepted> context)
    {
        var message = context.Message;
        return mail.ToApplicantAsync(NotificationTemplates.ApplicationAccepted, message.CallId, message.ApplicantId, $"{message.ApplicationId:N}",
            new Dictionary<string, string>
            {
                ["project.title"] = message.ProjectTitle,
                ["amount"] = FrenchFormat.Euros(message.AmountCents),
                ["deliberation"] = message.DeliberationNumber,
            }, context.CancellationToken);
    }
}

/// <summary>A refused application's applicant hears why.</summary>
public sealed class ApplicationRefusedConsumer(FunderMail mail) : IConsumer<ApplicationRefused>
{
    public Task Consume(ConsumeContext<ApplicationRefused> context)
    {
        var message = context.Message;
        return mail.ToApplicantAsync(NotificationTemplates.ApplicationRefused, message.CallId, message.ApplicantId, $"{message.ApplicationId:N}",
            new Dictionary<string, string>
            {
                ["project.title"] = message.ProjectTitle,
                ["reason"] = message.Reason,
                ["deliberation"] = message.DeliberationNumber,
            }, context.CancellationToken);
    }
}

/// <summary>A beneficiary is reminded of its report before it is due, and again once it is late.</summary>
public sealed class ReportDueConsumer(AudienceResolver audiences, Notifier notifier) : IConsumer<ReportDue>
{
    public async Task Consume(ConsumeContext<ReportDue> context)
    {
        var message = context.Message;
        var template = message.Overdue ? NotificationTemplates.ReportOverdue : NotificationTemplates.ReportDue;
        await notifier.NotifyAsync(template, $"{message.GrantId:N}", await audiences.ActorAsync(message.BeneficiaryId, context.CancellationToken),
            new Dictionary<string, string>
            {
                ["project.title"] = message.ProjectTitle,
                ["due_on"] = FrenchFormat.Date(message.DueOn),
            }, unsubscribable: false, context.CancellationToken);
    }
}

/// <summary>Writes to an applicant about its own application, in its funder's name when the call is known.</summary>
public sealed class FunderMail(CommunicationsDbContext db, AudienceResolver audiences, Notifier notifier)
{
    public async Task ToApplicantAsync(NotificationTemplate template, Guid callId, Guid applicantId, string businessKey,
        IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken)
    {
        var funderName = await db.FundingCalls.Where(call => call.CallId == callId).Select(call => call.FunderName).SingleOrDefaultAsync(cancellationToken);
        await notifier.NotifyAsync(template, businessKey, await audiences.ActorAsync(applicantId, cancellationToken), values,
            unsubscribable: false, cancellationToken, fromName: funderName ?? Notifier.PlatformName);
    }
}
