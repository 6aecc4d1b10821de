using ActorDirectory.Data;
using ActorDirectory.Endpoints;
using Ssi.Messaging;
using Ssi.ServiceDefaults.Data;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceApiDefaults();
builder.AddServiceDatabase<DirectoryDbContext>("directorydb");
builder.AddMessaging<DirectoryDbContext>("actor-directory");

var app = builder.Build();

if (await app.MigrateIfRequestedAsync<DirectoryDbContext>(args))
{
    return;
}

app.UseServiceApiDefaults();
app.MapActorEndpoints();

app.Run();
