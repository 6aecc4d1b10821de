using FundingCalls.Data;
using FundingCalls.Endpoints;
using Ssi.Messaging;
using Ssi.Messaging.Administration;
using Ssi.ServiceDefaults.Data;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceApiDefaults();
builder.Services.AddValidation();
builder.AddServiceDatabase<FundingDbContext>("fundingdb");
builder.AddMessaging<FundingDbContext>("funding-calls");

var app = builder.Build();

if (await app.MigrateIfRequestedAsync<FundingDbContext>(args))
{
    return;
}

app.UseServiceApiDefaults();
app.MapMessagingAdministration();
app.MapFundingCallEndpoints();

app.Run();
