using ActorDirectory.Data;
using ActorDirectory.Endpoints;
using Ssi.Messaging;
using Ssi.ServiceDefaults.Data;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceApiDefaults();
builder.Services.AddValidation();
builder.AddServiceDatabase<DirectoryDbContext>("directorydb");
builder.AddMessaging<DirectoryDbContext>("actor-directory");
builder.Services.AddScoped<TerritoryLookup>();

var app = builder.Build();

if (await app.MigrateIfRequestedAsync<DirectoryDbContext>(args))
{
    return;
}

app.UseServiceApiDefaults();
app.MapActorEndpoints();
app.MapChangeEndpoints();

app.Run();
