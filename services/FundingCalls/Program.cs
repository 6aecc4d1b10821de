using FundingCalls.Data;
using FundingCalls.Endpoints;
using FundingCalls.IntegrationEvents;
using FundingCalls.Scheduling;
using FundingCalls.Seeding;
using Ssi.DirectoryReplica;
using Ssi.Messaging;
using Ssi.Messaging.Administration;
using Ssi.ServiceDefaults.Data;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceApiDefaults();
builder.Services.AddValidation();
builder.AddServiceDatabase<FundingDbContext>("fundingdb");
builder.AddMessaging<FundingDbContext>("funding-calls", bus =>
{
    bus.AddDirectoryActorConsumers<FundingDbContext>();
    bus.AddConsumer<ContactErasedConsumer>();
    bus.AddDirectoryCollectiveConsumers();
    bus.AddConsumer<EventPublishedConsumer>();
    bus.AddConsumer<EventUpdatedConsumer>();
    bus.AddConsumer<EventCancelledConsumer>();
});
builder.Services.AddOptions<SchedulingOptions>().BindConfiguration(SchedulingOptions.SectionName)
    .Validate(options => options.PollInterval > TimeSpan.Zero && options.ClosingReminderLead > TimeSpan.Zero, "Scheduling intervals must be positive.")
    .ValidateOnStart();
builder.Services.AddSingleton<DueJobSignal>();
builder.Services.AddScoped<DueJobHandlers>();
builder.Services.AddHostedService<DueJobRunner>();

var app = builder.Build();

if (await app.MigrateIfRequestedAsync<FundingDbContext>(args) || await app.SeedDemoIfRequestedAsync(args))
{
    return;
}

app.UseServiceApiDefaults();
app.MapMessagingAdministration();
app.MapCallEndpoints();
app.MapApplicationEndpoints();
app.MapApplicationLifecycleEndpoints();
app.MapReviewEndpoints();
app.MapRankingEndpoints();
app.MapCommitteeEndpoints();
app.MapDecisionEndpoints();
app.MapGrantEndpoints();
app.MapReportEndpoints();
app.MapCallExportEndpoints();

app.Run();
