using EventsCalendar.Data;
using EventsCalendar.Directory;
using EventsCalendar.Endpoints;
using EventsCalendar.IntegrationEvents;
using EventsCalendar.Seeding;
using Ssi.DirectoryReplica;
using Ssi.Messaging;
using Ssi.Messaging.Administration;
using Ssi.ServiceDefaults.Data;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceApiDefaults();
builder.Services.AddValidation();
builder.AddServiceDatabase<CalendarDbContext>("calendardb");
builder.Services.AddHttpClient<DirectoryClient>(http => http.BaseAddress = new Uri($"https+http://{DirectoryClient.ServiceName}"));
builder.Services.AddScoped<CommuneLocator>();
builder.AddMessaging<CalendarDbContext>("events-calendar", bus =>
{
    bus.AddDirectoryActorConsumers<CalendarDbContext>();
    bus.AddConsumer<ContactErasedConsumer>();
    bus.AddConsumer<GrantAwardedConsumer>();
});

var app = builder.Build();

if (await app.MigrateIfRequestedAsync<CalendarDbContext>(args) || await app.SeedDemoIfRequestedAsync(args))
{
    return;
}

app.UseServiceApiDefaults();
app.MapMessagingAdministration();
app.MapEditionEndpoints();
app.MapProgrammeEndpoints();
app.MapVenueEndpoints();
app.MapEventEndpoints();
app.MapEventFeedEndpoints();
app.MapChangeEndpoints();
app.MapOrganiserEndpoints();

app.Run();
