using FundingCalls.Data;
using FundingCalls.Domain.Applications;
using FundingCalls.Domain.Budgets;
using FundingCalls.Domain.Calls;
using Microsoft.EntityFrameworkCore;
using Ssi.DirectoryReplica;
using Ssi.ServiceDefaults.Validation;

namespace FundingCalls.Endpoints;

/// <summary>
/// Every rule of its call an application must meet to be submitted, each failure named under the
/// field or rule it concerns, so that the applicant sees all of them at once.
/// </summary>
internal static class SubmissionCheck
{
    public static async Task<Dictionary<string, string[]>> FailuresAsync(
        GrantApplication application, FundingCall call, DirectoryActor applicant, FundingDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        CheckWindow(application, call, now, errors);
        CheckApplicant(call.Eligibility, call, applicant, errors);
        await CheckEventsAsync(application, call, db, errors, cancellationToken);
        application.Budget.CheckBalance(application.RequestedCents, errors);
        CheckAmount(application, call, errors);
        CheckDocuments(application, call, errors);
        if (application.Contact is null)
        {
            errors.AddError("contact", "The application's contact person was erased from the directory: name another one.");
        }

        return errors;
    }

    /// <remarks>An application sent back for corrections is submitted again whenever the funder's request is answered, deadline or not.</remarks>
    private static void CheckWindow(GrantApplication application, FundingCall call, DateTimeOffset now, Dictionary<string, string[]> errors)
    {
        if (application.Status == ApplicationStatus.CorrectionsRequested || call.AcceptsSubmissionsAt(now))
        {
            return;
        }

        if (call.Status == CallStatus.Open && now < call.OpensAt)
        {
            errors.AddError("deadline", $"The call opens to submissions at {call.OpensAt:O}.");
        }
        else if (now >= call.ClosesAt)
        {
            errors.AddError("deadline", $"The call closed at {call.ClosesAt:O}: the submission came {(now - call.ClosesAt).TotalSeconds:0.###} seconds late.");
        }
        else
        {
            errors.AddError("deadline", $"The call is {call.Status.ToString().ToLowerInvariant()}: it takes no submission.");
        }
    }

    private static void CheckApplicant(EligibilityRules rules, FundingCall call, DirectoryActor applicant, Dictionary<string, string[]> errors)
    {
        if (!applicant.IsActive)
        {
            errors.AddError("applicantId", $"{applicant.Name} is archived in the directory.");
        }

        if (rules.ActorKinds.Count > 0 && !rules.ActorKinds.Contains(applicant.Kind))
        {
            errors.AddError("eligibility.actorKinds", $"{applicant.Name} is a {applicant.Kind}; the call is for: {string.Join(", ", rules.ActorKinds)}.");
        }

        if (rules.ApplicantInScope && !call.Scope.Contains(applicant.Location))
        {
            errors.AddError("eligibility.applicantInScope", $"{applicant.Name} is based in commune {applicant.Location.CommuneCode}, outside the call's territory {call.ScopeTerritory}.");
        }

        if (rules.RequireSiretOrRna && applicant.Siret is null && applicant.Rna is null)
        {
            errors.AddError("eligibility.requireSiretOrRna", $"{applicant.Name} has neither a SIRET nor an RNA number in the directory: add one to its profile.");
        }
    }

    private static async Task CheckEventsAsync(GrantApplication application, FundingCall call, FundingDbContext db, Dictionary<string, string[]> errors, CancellationToken cancellationToken)
    {
        var known = await db.CalendarEvents.AsNoTracking().Where(e => application.EventIds.Contains(e.EventId)).ToDictionaryAsync(e => e.EventId, cancellationToken);
        var valid = 0;
        for (var index = 0; index < application.EventIds.Count; index++)
        {
            var eventId = application.EventIds[index];
            var problem = known.GetValueOrDefault(eventId) switch
            {
                null => $"No published event {eventId} is known from the calendar.",
                { IsCancelled: true } e => $"'{e.Title}' is cancelled.",
                var e when !e.Involves(application.ApplicantId) => $"'{e.Title}' is neither organised nor co-organised by the applicant.",
                var e when e.StartsAt.Year != call.Edition && e.EndsAt.Year != call.Edition => $"'{e.Title}' does not take place in {call.Edition}, the call's edition.",
                _ => null,
            };
            if (problem is null)
            {
                valid++;
            }
            else
            {
                errors.AddError($"eventIds[{index}]", problem);
            }
        }

        var minimum = call.Eligibility.MinimumLinkedEvents;
        if (valid < minimum)
        {
            errors.AddError("eligibility.minimumLinkedEvents", $"The call funds projects with at least {minimum} published event(s) of the applicant in {call.Edition}; this one has {valid}.");
        }
    }

    private static void CheckAmount(GrantApplication application, FundingCall call, Dictionary<string, string[]> errors)
    {
        var requested = application.RequestedCents;
        if (requested > call.MaxGrantCents)
        {
            errors.AddError("requestedCents", $"{ProjectBudget.Euros(requested)} is more than the call's maximum grant of {ProjectBudget.Euros(call.MaxGrantCents)}.");
        }

        var charges = application.Budget.TotalCharges;
        if (requested * 100 > charges * call.CofundingCapPercent)
        {
            errors.AddError("requestedCents", $"{ProjectBudget.Euros(requested)} is more than {call.CofundingCapPercent}% of the project's charges ({ProjectBudget.Euros(charges)}): " +
                $"the funder pays at most {ProjectBudget.Euros(charges * call.CofundingCapPercent / 100)}.");
        }
    }

    private static void CheckDocuments(GrantApplication application, FundingCall call, Dictionary<string, string[]> errors)
    {
        var joined = application.Documents.Select(document => document.Key).ToHashSet();
        foreach (var missing in call.RequiredDocuments.Where(document => !joined.Contains(document.Key)))
        {
            errors.AddError($"documents.{missing.Key}", $"The call requires '{missing.Label}' ({missing.Key}).");
        }

        var required = call.RequiredDocuments.Select(document => document.Key).ToHashSet();
        for (var index = 0; index < application.Documents.Count; index++)
        {
            if (!required.Contains(application.Documents[index].Key))
            {
                errors.AddError($"documents[{index}].key", $"The call asks for no document '{application.Documents[index].Key}': {string.Join(", ", required.Order())}.");
            }
        }
    }
}
