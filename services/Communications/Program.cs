using Communications.Brochures;
using Communications.Data;
using Communications.Endpoints;
using Communications.IntegrationEvents;
using Ssi.Messaging;
using Ssi.Messaging.Administration;
using Ssi.ServiceDefaults.Data;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceApiDefaults();
builder.Services.AddValidation();
builder.AddServiceDatabase<CommunicationsDbContext>("commsdb");
builder.AddMessaging<CommunicationsDbContext>("communications", bus =>
{
    bus.AddConsumer<ProgrammeDeclaredConsumer>();
    bus.AddConsumer<EventPublishedConsumer>();
    bus.AddConsumer<EventUpdatedConsumer>();
    bus.AddConsumer<EventCancelledConsumer>();
});
builder.Services.AddScoped<ProgrammeEntries>();
builder.AddBrochures();

var app = builder.Build();

if (await app.MigrateIfRequestedAsync<CommunicationsDbContext>(args))
{
    return;
}

app.UseServiceApiDefaults();
app.MapMessagingAdministration();
app.MapProgrammeEndpoints();
app.MapBrochureEndpoints();

app.Run();
