namespace ActorDirectory.Endpoints;

public static class ActorEndpoints
{
    public const string GetActorRoute = "GetActor";

    public static IEndpointRouteBuilder MapActorEndpoints(this IEndpointRouteBuilder app)
    {
        var actors = app.MapGroup("/actors").WithTags("Actors");
        actors.MapActorQueries();
        actors.MapActorCommands();
        return app;
    }
}
