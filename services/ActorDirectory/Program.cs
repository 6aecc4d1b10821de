using ActorDirectory.Data;
using ActorDirectory.Endpoints;
using ActorDirectory.Seeding;
using Ssi.Messaging;
using Ssi.Messaging.Administration;
using Ssi.ServiceDefaults.Data;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceApiDefaults();
builder.Services.AddValidation();
builder.AddServiceDatabase<DirectoryDbContext>("directorydb");
builder.AddMessaging<DirectoryDbContext>("actor-directory");
builder.Services.AddScoped<TerritoryLookup>();

var app = builder.Build();

// One-shot commands ./ssi runs before starting the service.
if (await app.MigrateIfRequestedAsync<DirectoryDbContext>(args)
    || await app.ImportTerritoriesIfRequestedAsync(args)
    || await app.SeedDemoIfRequestedAsync(args)
    || await app.SeedScaleIfRequestedAsync(args))
{
    return;
}

app.UseServiceApiDefaults();
app.MapMessagingAdministration();
app.MapActorEndpoints();
app.MapContactEndpoints();
app.MapOfferEndpoints();
app.MapCollectiveEndpoints();
app.MapSponsorshipEndpoints();
app.MapTerritoryEndpoints();
app.MapChangeEndpoints();

app.Run();
