var builder = DistributedApplication.CreateBuilder(args);

// Pinned: newer defaults (PostgreSQL 18, RabbitMQ 4.3) break existing volumes and MassTransit's temporary queues.
var postgres = builder.AddPostgres("postgres")
    .WithImageTag("17.6")
    .WithDataVolume()
    .WithLifetime(ContainerLifetime.Persistent);

var messaging = builder.AddRabbitMQ("messaging")
    .WithManagementPlugin()
    .WithImageTag("4.1.4-management")
    .WithDataVolume()
    .WithLifetime(ContainerLifetime.Persistent);

// The development key tokens are signed with; set it once with
//   dotnet user-secrets --project Ssi.AppHost set Parameters:jwt-signing-key "$(openssl rand -base64 32)"
var jwtSigningKey = builder.AddParameter("jwt-signing-key", secret: true);

var actorDirectory = builder.AddService<Projects.ActorDirectory>("actor-directory", postgres.AddDatabase("directorydb"), messaging, jwtSigningKey);

var eventsCalendar = builder.AddService<Projects.EventsCalendar>("events-calendar", postgres.AddDatabase("calendardb"), messaging, jwtSigningKey)
    .WithReference(actorDirectory);

var fundingCalls = builder.AddService<Projects.FundingCalls>("funding-calls", postgres.AddDatabase("fundingdb"), messaging, jwtSigningKey)
    .WithReference(actorDirectory);

var communications = builder.AddService<Projects.Communications>("communications", postgres.AddDatabase("commsdb"), messaging, jwtSigningKey)
    .WithReference(actorDirectory)
    .WithReference(eventsCalendar);

builder.AddProject<Projects.Ssi_Gateway>("gateway")
    .WithEnvironment("Authentication__Jwt__SigningKey", jwtSigningKey)
    .WithReference(actorDirectory).WaitFor(actorDirectory)
    .WithReference(eventsCalendar).WaitFor(eventsCalendar)
    .WithReference(fundingCalls).WaitFor(fundingCalls)
    .WithReference(communications).WaitFor(communications)
    .WithExternalHttpEndpoints();

builder.Build().Run();
