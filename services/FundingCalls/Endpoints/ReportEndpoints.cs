using System.Security.Claims;
using System.Text.RegularExpressions;
using FundingCalls.Data;
using FundingCalls.Domain;
using FundingCalls.Domain.Budgets;
using FundingCalls.Domain.Reports;
using FundingCalls.IntegrationEvents;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Ssi.Messaging;
using Ssi.ServiceDefaults.Data;
using Ssi.ServiceDefaults.Http;
using Ssi.ServiceDefaults.Time;
using Ssi.ServiceDefaults.Validation;

namespace FundingCalls.Endpoints;

/// <summary>The beneficiary's final report on a grant (CERFA 15059), filed once the project has ended.</summary>
public static partial class ReportEndpoints
{
    public static IEndpointRouteBuilder MapReportEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/grants/{id:guid}/report", FileReport).WithName("FileReport").WithTags("Grants").RequireAuthorization();
        return app;
    }

    /// <summary>
    /// Files the report: actual amounts next to the application's forecast, each line's gap in EUR
    /// and %, a justification required where the gap exceeds the call's threshold. ReportSubmitted
    /// tells the funder.
    /// </summary>
    public static async Task<Results<Ok<GrantResponse>, ValidationProblem, ProblemHttpResult>> FileReport(
        Guid id, ReportRequest request, ClaimsPrincipal user, FundingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await GrantAccess.LoadAsync(id, user, db, track: false, cancellationToken) is not { } access)
        {
            return Problems.NotFound($"No grant of yours has the id {id}.");
        }

        if (!access.IsBeneficiary)
        {
            return Problems.Forbidden($"Only the members of {access.BeneficiaryName} file its report.");
        }

        var grant = access.Grant;
        var application = await db.Applications.AsNoTracking().SingleAsync(application => application.Id == grant.ApplicationId, cancellationToken);
        var call = await db.Calls.AsNoTracking().SingleAsync(call => call.Id == grant.CallId, cancellationToken);
        var forecast = ReportForecast.Of(application.Budget, grant.AmountCents);
        var errors = new Dictionary<string, string[]>();
        var charges = Lines(request.Charges!, forecast.Charges, ProjectBudget.IsChargeAccount, "charges", call.ReportGapThresholdPercent, errors);
        var income = Lines(request.Income!, forecast.Income, IncomeAccount().IsMatch, "income", call.ReportGapThresholdPercent, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var now = clock.GetDatabaseNow();
        if (ParisTime.Today(clock) <= application.Project.EndsOn)
        {
            return Problems.Conflict($"The project ends on {application.Project.EndsOn:yyyy-MM-dd}: its report is filed afterwards.");
        }

        if (await db.Reports.AnyAsync(report => report.GrantId == id, cancellationToken))
        {
            return Problems.Conflict("The report of this grant is already filed.");
        }

        var filed = new GrantReport(id, charges, income, request.Participants!.Value, request.Narrative.Trim(), user.Actor(), now);
        db.Reports.Add(filed);
        db.AddIntegrationEvent(FundingMessages.ReportSubmitted(grant, filed, now));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(GrantResponse.From(grant, access.BeneficiaryName, filed, ParisTime.Today(clock)));
    }

    /// <summary>Every forecast account with its actual amount (nothing when left out), then the accounts not forecast.</summary>
    private static List<ReportLine> Lines(IReadOnlyList<ReportLineRequest> actual, IReadOnlyDictionary<string, (string Label, long Cents)> forecast,
        Func<string, bool> isAccount, string side, int threshold, Dictionary<string, string[]> errors)
    {
        for (var index = 0; index < actual.Count; index++)
        {
            if (!isAccount(actual[index].Account))
            {
                errors.AddError($"{side}[{index}].account", $"'{actual[index].Account}' is not an account of the {side} side.");
            }
            else if (actual.Take(index).Any(earlier => earlier.Account == actual[index].Account))
            {
                errors.AddError($"{side}[{index}].account", $"Account {actual[index].Account} is reported twice.");
            }
        }

        var reported = actual.ToDictionary(line => line.Account, line => line, StringComparer.Ordinal);
        var lines = forecast.Keys.Union(actual.Select(line => line.Account)).Select(key =>
        {
            var planned = forecast.GetValueOrDefault(key, (Label: reported.GetValueOrDefault(key)?.Label ?? key, Cents: 0L));
            var line = reported.GetValueOrDefault(key);
            return new ReportLine(key, line?.Label.Trim() ?? planned.Label, planned.Cents, line?.ActualCents ?? 0, Blank(line?.Justification));
        }).ToList();
        foreach (var line in lines.Where(line => Math.Abs(line.GapPercent) > threshold && line.Justification is null))
        {
            errors.AddError($"{side}.{line.Account}", $"Account {line.Account} differs from the forecast by {line.GapPercent}% ({line.GapCents} cents), " +
                $"more than the call's {threshold}%: justify it.");
        }

        return lines;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>Any income account of classes 70 to 79: the report's subsidies (74) are lines like the others.</summary>
    [GeneratedRegex(@"^7[0-9]{1,5}\z")]
    private static partial Regex IncomeAccount();
}
