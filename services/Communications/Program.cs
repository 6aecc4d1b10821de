using Communications.Audiences;
using Communications.Campaigns;
using Communications.Brochures;
using Communications.Data;
using Communications.Domain.Subscriptions;
using Communications.Endpoints;
using Communications.IntegrationEvents;
using Communications.Notifications;
using Communications.Seeding;
using Communications.Sending;
using Ssi.DirectoryReplica;
using Ssi.Messaging;
using Ssi.Messaging.Administration;
using Ssi.ServiceDefaults.Data;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceApiDefaults();
builder.Services.AddValidation();
builder.AddServiceDatabase<CommunicationsDbContext>("commsdb");
builder.AddMessaging<CommunicationsDbContext>("communications", bus =>
{
    bus.AddDirectoryActorConsumers<CommunicationsDbContext>();
    bus.AddDirectoryCollectiveConsumers();
    bus.AddConsumer<ContactChangedConsumer>();
    bus.AddConsumer<ContactErasedConsumer>();
    bus.AddConsumer<EventPublishedConsumer>();
    bus.AddConsumer<EventRefusedConsumer>();
    bus.AddConsumer<EventUpdatedConsumer>();
    bus.AddConsumer<EventCancelledConsumer>();
    bus.AddConsumer<ProgrammeDeclaredConsumer>();
    bus.AddConsumer<CallOpenedConsumer>();
    bus.AddConsumer<CallClosingSoonConsumer>();
    bus.AddConsumer<ApplicationSubmittedConsumer>();
    bus.AddConsumer<CorrectionRequestedConsumer>();
    bus.AddConsumer<ApplicationAcceptedConsumer>();
    bus.AddConsumer<ApplicationRefusedConsumer>();
    bus.AddConsumer<ReportDueConsumer>();
});

builder.Services.AddOptions<MailOptions>().BindConfiguration(MailOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
builder.Services.AddSingleton<LinkTokens>();
builder.Services.AddSingleton<MailLinks>();
builder.Services.AddSingleton<SendingSignal>();
builder.Services.AddSingleton<MailTelemetry>();
builder.Services.AddScoped<DeliveryWriter>();
builder.Services.AddScoped<DeliveryQueue>();
builder.Services.AddScoped<Notifier>();
builder.Services.AddScoped<FunderMail>();
builder.Services.AddScoped<AudienceResolver>();
builder.Services.AddScoped<AudienceRules>();
builder.Services.AddScoped<TopicLabels>();
builder.Services.AddScoped<CampaignRenderer>();
builder.Services.AddScoped<CampaignLauncher>();
builder.Services.AddHostedService<DeliveryWorker>();
builder.Services.AddScoped<ProgrammeEntries>();
builder.AddBrochures();

var app = builder.Build();

if (await app.MigrateIfRequestedAsync<CommunicationsDbContext>(args) || await app.SeedDemoIfRequestedAsync(args))
{
    return;
}

app.UseServiceApiDefaults();
app.MapMessagingAdministration();
app.MapProgrammeEndpoints();
app.MapSubscriptionEndpoints();
app.MapUnsubscribeEndpoints();
app.MapAudienceEndpoints();
app.MapTemplateEndpoints();
app.MapCampaignEndpoints();
app.MapSuppressionEndpoints();
app.MapBrochureEndpoints();

app.Run();
