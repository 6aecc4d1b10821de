using FundingCalls.Data;
using FundingCalls.Domain.Applications;
using FundingCalls.Domain.Scheduling;
using FundingCalls.IntegrationEvents;
using Microsoft.EntityFrameworkCore;
using Ssi.Messaging;

namespace FundingCalls.Scheduling;

/// <summary>What each kind of due job does, inside the runner's transaction.</summary>
public sealed class DueJobHandlers(FundingDbContext db)
{
    public Task RunAsync(DueJob job, DateTimeOffset now, CancellationToken cancellationToken) => job.Kind switch
    {
        DueJobKind.CloseCall => CloseCallAsync(job.SubjectId, now, cancellationToken),
        DueJobKind.RemindCallClosing => RemindCallClosingAsync(job.SubjectId, now, cancellationToken),
        DueJobKind.PaymentDue => AnnouncePaymentAsync(job.SubjectId, now, cancellationToken),
        DueJobKind.RemindReport => RemindReportAsync(job.SubjectId, overdue: false, now, cancellationToken),
        DueJobKind.ReportOverdue => RemindReportAsync(job.SubjectId, overdue: true, now, cancellationToken),
        _ => throw new InvalidOperationException($"No handler for due job kind {job.Kind}."),
    };

    private async Task CloseCallAsync(Guid callId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var call = await db.Calls.SingleAsync(c => c.Id == callId, cancellationToken);
        if (!call.CloseAtDeadline(now))
        {
            return;
        }

        var submitted = await db.Applications.CountAsync(a => a.CallId == callId && a.SubmittedAt != null, cancellationToken);
        db.AddIntegrationEvent(FundingMessages.Closed(call, submitted, now));
    }

    private async Task RemindCallClosingAsync(Guid callId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var call = await db.Calls.AsNoTracking().SingleAsync(c => c.Id == callId, cancellationToken);
        if (!call.AcceptsSubmissionsAt(now))
        {
            return;
        }

        var drafts = await db.Applications.Where(a => a.CallId == callId && a.Status == ApplicationStatus.Draft)
            .Select(a => a.ApplicantId).Distinct().ToListAsync(cancellationToken);
        db.AddIntegrationEvent(FundingMessages.ClosingSoon(call, drafts, now));
    }

    /// <summary>Announces a scheduled payment on its due day; one paid already, or dropped from a new schedule, is not announced.</summary>
    private async Task AnnouncePaymentAsync(Guid paymentId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var grant = await db.Grants.AsNoTracking().SingleOrDefaultAsync(g => g.Payments.Any(p => p.Id == paymentId), cancellationToken);
        if (grant?.Payments.Single(p => p.Id == paymentId) is { PaidOn: null } payment)
        {
            db.AddIntegrationEvent(FundingMessages.PaymentDue(grant, payment, now));
        }
    }

    private async Task RemindReportAsync(Guid grantId, bool overdue, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await db.Reports.AnyAsync(report => report.GrantId == grantId, cancellationToken))
        {
            return;
        }

        var grant = await db.Grants.AsNoTracking().SingleAsync(g => g.Id == grantId, cancellationToken);
        db.AddIntegrationEvent(FundingMessages.ReportDue(grant, overdue, now));
    }
}
