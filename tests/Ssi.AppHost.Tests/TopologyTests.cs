using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace Ssi.AppHost.Tests;

/// <summary>The platform as the AppHost defines it, read from its model without starting anything.</summary>
public sealed class TopologyTests
{
    private static readonly string[] Services = ["actor-directory", "events-calendar", "funding-calls", "communications"];

    [Fact]
    public async Task Every_service_waits_for_its_database_the_broker_and_its_migrations_and_the_gateway_for_every_service()
    {
        var model = await ModelAsync("SSI_INFRASTRUCTURE=executables");

        foreach (var (service, database) in Services.Zip(["directorydb", "calendardb", "fundingdb", "commsdb"]))
        {
            var waits = WaitsOf(model, service);
            Assert.Contains((database, WaitType.WaitUntilHealthy), waits);
            Assert.Contains(("messaging", WaitType.WaitUntilHealthy), waits);
            Assert.Contains(($"{service}-migrations", WaitType.WaitForCompletion), waits);
            Assert.Equal(["--migrate"], await ArgumentsAsync(model, $"{service}-migrations"));
        }

        Assert.Equal(Services.Append("public-site").Order(), WaitsOf(model, "gateway").Select(wait => wait.Resource).Order());
        Assert.DoesNotContain(model.Resources, resource => resource.Name != "gateway" && resource.TryGetAnnotationsOfType<EndpointAnnotation>(out var endpoints) && endpoints.Any(endpoint => endpoint.IsExternal));
    }

    [Fact]
    public async Task The_public_site_waits_for_the_broker_only_and_finds_the_four_services_through_service_discovery()
    {
        var model = await ModelAsync("SSI_INFRASTRUCTURE=executables");

        Assert.Equal([("messaging", WaitType.WaitUntilHealthy)], WaitsOf(model, "public-site"));
        var environment = await EnvironmentOfAsync(Resource(model, "public-site"));
        Assert.All(Services, service => Assert.True(environment.ContainsKey($"services__{service}__http__0"), service));
        Assert.DoesNotContain(environment.Keys, key => key.StartsWith("ConnectionStrings__", StringComparison.Ordinal) && key != "ConnectionStrings__messaging");
        Assert.True(environment.ContainsKey("PublicBaseUrl"));
    }

    [Fact]
    public async Task Communications_sends_through_maildev_on_its_documented_port_and_links_through_the_gateway()
    {
        var model = await ModelAsync("SSI_INFRASTRUCTURE=executables");

        Assert.Contains(("mail", WaitType.WaitUntilHealthy), WaitsOf(model, "communications"));
        var arguments = await ArgumentsAsync(model, "mail");
        Assert.EndsWith("maildev.js", arguments[0]);
        Assert.Equal(["--smtp", "51025", "--ip", "127.0.0.1", "--web", "51080", "--web-ip", "127.0.0.1"], arguments[1..]);
        var environment = await EnvironmentOfAsync(Resource(model, "communications"));
        Assert.True(environment.ContainsKey("Mail__SmtpPort"));
        Assert.True(environment.ContainsKey("Mail__LinkBaseUrl"));
    }

    [Fact]
    public async Task The_directory_starts_once_the_territories_and_then_the_demo_data_are_loaded()
    {
        var model = await ModelAsync("SSI_INFRASTRUCTURE=executables");

        Assert.Contains(("demo-data", WaitType.WaitForCompletion), WaitsOf(model, "actor-directory"));
        Assert.Contains(("territories", WaitType.WaitForCompletion), WaitsOf(model, "demo-data"));
        Assert.Contains(("actor-directory-migrations", WaitType.WaitForCompletion), WaitsOf(model, "territories"));
        var import = await ArgumentsAsync(model, "territories");
        Assert.Equal("--import-territories", import[0]);
        Assert.EndsWith("etalab-decoupage-administratif-6.0.0.tgz", import[1]);
        Assert.Equal(["--expect-sha512", "XavYsFlbcM/prKr8hNHPKER94IHw/dsxNM4nxjWMYk6PLFACpEedvn/7wK8Baozm0dCYhWWcf+7bcWpA5pmCaQ=="], import[2..]);
    }

    [Fact]
    public async Task Without_demo_data_the_directory_waits_for_the_territories_only()
    {
        var model = await ModelAsync("SSI_INFRASTRUCTURE=executables", "SSI_DEMO=0");

        Assert.DoesNotContain(model.Resources, resource => resource.Name == "demo-data");
        Assert.Contains(("territories", WaitType.WaitForCompletion), WaitsOf(model, "actor-directory"));
    }

    [Fact]
    public async Task Without_a_container_runtime_PostgreSQL_and_RabbitMQ_are_the_machines_executables_on_the_documented_ports()
    {
        var model = await ModelAsync("SSI_INFRASTRUCTURE=executables");

        var postgres = Assert.IsAssignableFrom<ExecutableResource>(Resource(model, "postgres"));
        var arguments = await ArgumentsAsync(model, "postgres");
        Assert.Contains("/usr/lib/postgresql/15/bin/postgres", arguments);
        Assert.Equal("55432", arguments[Array.IndexOf(arguments, "-p") + 1]);
        Assert.Equal(55432, TcpPort(postgres, "tcp"));
        Assert.Equal("Host=127.0.0.1;Port={postgres.bindings.tcp.port};Username=ssi;Password=ssi",
            ((IResourceWithConnectionString)postgres).ConnectionStringExpression.ValueExpression);

        var rabbitMq = Assert.IsAssignableFrom<ExecutableResource>(Resource(model, "messaging"));
        Assert.Equal("/usr/lib/rabbitmq/bin/rabbitmq-server", rabbitMq.Command);
        Assert.Contains(("messaging-epmd", WaitType.WaitUntilHealthy), WaitsOf(model, "messaging"));
        Assert.Equal(55672, TcpPort(rabbitMq, "tcp"));
        Assert.Equal("amqp://ssi:ssi@127.0.0.1:{messaging.bindings.tcp.port}/ssi", ((IResourceWithConnectionString)rabbitMq).ConnectionStringExpression.ValueExpression);
        var management = rabbitMq.Annotations.OfType<EndpointAnnotation>().Single(endpoint => endpoint.Name == "management");
        Assert.Equal((55674, "http"), (management.Port!.Value, management.UriScheme));
    }

    [Fact]
    public async Task With_containers_the_images_are_pinned_and_the_data_lives_in_the_state_folder()
    {
        var model = await ModelAsync("SSI_INFRASTRUCTURE=containers", "SSI_DATA_DIR=/var/lib/ssi-test");

        var postgres = Assert.IsType<PostgresServerResource>(Resource(model, "postgres"));
        Assert.Equal("17.6", postgres.Annotations.OfType<ContainerImageAnnotation>().Single().Tag);
        Assert.Contains(postgres.Annotations.OfType<ContainerMountAnnotation>(), mount => mount.Source == "/var/lib/ssi-test/postgres-container");

        var rabbitMq = Assert.IsType<RabbitMQServerResource>(Resource(model, "messaging"));
        Assert.Equal("4.1.4-management", rabbitMq.Annotations.OfType<ContainerImageAnnotation>().Single().Tag);
        Assert.Contains(rabbitMq.Annotations.OfType<ContainerMountAnnotation>(), mount => mount.Source == "/var/lib/ssi-test/rabbitmq-container");
        Assert.DoesNotContain(model.Resources, resource => resource.Name == "messaging-epmd");
    }

    [Fact]
    public async Task Port_overrides_and_gateway_settings_reach_the_resources()
    {
        var model = await ModelAsync("SSI_INFRASTRUCTURE=executables", "SSI_GATEWAY_PORT=6080", "SSI_SERVICE_PORT_BASE=6100",
            "SSI_GATEWAY_CONFIG__RateLimiting__Authenticated__PermitLimit=1000000");

        Assert.Equal(6080, HttpPort(model, "gateway"));
        Assert.Equal([6101, 6102, 6103, 6104], Services.Select(service => HttpPort(model, service)));
        Assert.Equal("1000000", (await EnvironmentOfAsync(Resource(model, "gateway")))["RateLimiting__Authenticated__PermitLimit"]);
    }

    private static async Task<Dictionary<string, object>> EnvironmentOfAsync(IResource resource)
    {
        var environment = new Dictionary<string, object>();
        var context = new EnvironmentCallbackContext(new DistributedApplicationExecutionContext(DistributedApplicationOperation.Run), resource, environment, TestContext.Current.CancellationToken);
        foreach (var callback in resource.Annotations.OfType<EnvironmentCallbackAnnotation>())
        {
            await callback.Callback(context);
        }

        return environment;
    }

    [Fact]
    public async Task Gateway_settings_from_the_environment_reach_the_gateway_as_ssi_up_passes_them()
    {
        const string variable = "SSI_GATEWAY_CONFIG__Gateway__UpstreamHealthTimeout";
        Environment.SetEnvironmentVariable(variable, "00:00:07");
        try
        {
            var model = await ModelAsync("SSI_INFRASTRUCTURE=executables");

            Assert.Equal("00:00:07", (await EnvironmentOfAsync(Resource(model, "gateway")))["Gateway__UpstreamHealthTimeout"]);
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }

    [Fact]
    public async Task Only_the_infrastructure_runs_for_the_test_fixtures()
    {
        var model = await ModelAsync("SSI_INFRASTRUCTURE=executables", "SSI_INFRASTRUCTURE_ONLY=true");

        Assert.Equal(["mail", "messaging", "messaging-epmd", "postgres"],
            model.Resources.Where(resource => resource is ExecutableResource or ProjectResource && !IsHidden(resource) && resource.Name != "mail-install")
                .Select(resource => resource.Name).Order());
    }

    [Theory]
    [InlineData("SSI_GATEWAY_PORT=http", "SSI_GATEWAY_PORT must be a TCP port")]
    [InlineData("SSI_INSTANCE=Prod!", "SSI_INSTANCE must match")]
    [InlineData("SSI_INFRASTRUCTURE=vms", "SSI_INFRASTRUCTURE must be auto, containers or executables")]
    public async Task Bad_settings_are_refused_with_what_to_fix(string setting, string message)
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => ModelAsync(setting));

        Assert.Contains(message, error.ToString());
    }

    private static async Task<DistributedApplicationModel> ModelAsync(params string[] arguments)
    {
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Ssi_AppHost>(arguments, TestContext.Current.CancellationToken);
        return new DistributedApplicationModel(builder.Resources);
    }

    private static IResource Resource(DistributedApplicationModel model, string name) => model.Resources.Single(resource => resource.Name == name);

    private static List<(string Resource, WaitType Type)> WaitsOf(DistributedApplicationModel model, string name) =>
        Resource(model, name).Annotations.OfType<WaitAnnotation>().Select(wait => (wait.Resource.Name, wait.WaitType)).ToList();

    private static async Task<string[]> ArgumentsAsync(DistributedApplicationModel model, string name)
    {
        var configuration = await ExecutionConfigurationBuilder.Create(Resource(model, name)).WithArgumentsConfig()
            .BuildAsync(new(DistributedApplicationOperation.Run), NullLogger.Instance, TestContext.Current.CancellationToken);
        return configuration.Arguments.Select(argument => argument.Value).ToArray();
    }

    private static int HttpPort(DistributedApplicationModel model, string name) => TcpPort(Resource(model, name), "http");

    private static int TcpPort(IResource resource, string endpoint) =>
        resource.Annotations.OfType<EndpointAnnotation>().Single(annotation => annotation.Name == endpoint).Port!.Value;

    private static bool IsHidden(IResource resource) =>
        resource.TryGetLastAnnotation<ResourceSnapshotAnnotation>(out var snapshot) && snapshot.InitialSnapshot.IsHidden;
}
