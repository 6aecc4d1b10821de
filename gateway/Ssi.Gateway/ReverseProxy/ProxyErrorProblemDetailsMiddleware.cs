using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Yarp.ReverseProxy.Forwarder;
using Yarp.ReverseProxy.Model;

namespace Ssi.Gateway.ReverseProxy;

/// <summary>
/// YARP answers 502/503/504 with an empty body when it cannot reach a service. This writes an
/// RFC 9457 problem instead, naming the service, as long as nothing of the response was sent yet.
/// </summary>
/// <remarks>YARP itself logs the failure with its exception; this only shapes the answer.</remarks>
public sealed class ProxyErrorProblemDetailsMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, IProblemDetailsService problemDetails)
    {
        await next(context);

        if (context.GetForwarderErrorFeature() is not { } error || context.Response.HasStarted || context.RequestAborted.IsCancellationRequested)
        {
            return;
        }

        var service = context.GetReverseProxyFeature().Route.Config.ClusterId ?? "upstream";
        var (status, detail) = Describe(error, service, context.Response.StatusCode);

        context.Response.StatusCode = status;
        await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = status,
                Title = ReasonPhrases.GetReasonPhrase(status),
                Detail = detail,
                Extensions = { ["service"] = service },
            },
        });
    }

    private static (int Status, string Detail) Describe(IForwarderErrorFeature error, string service, int status)
    {
        // A body over the size limit only shows up while YARP streams it (chunked requests).
        if (FindBadRequest(error.Exception) is { } badRequest)
        {
            return (badRequest.StatusCode, badRequest.Message);
        }

        return error.Error switch
        {
            ForwarderError.NoAvailableDestinations => (StatusCodes.Status503ServiceUnavailable, $"No instance of the {service} service is available."),
            ForwarderError.RequestTimedOut => (StatusCodes.Status504GatewayTimeout, $"The {service} service did not answer in time."),
            ForwarderError.RequestBodyClient => (StatusCodes.Status400BadRequest, "The request body could not be read."),
            _ when status is >= 400 and < 600 => (status, $"The {service} service could not be reached."),
            _ => (StatusCodes.Status502BadGateway, $"The {service} service could not be reached."),
        };
    }

    private static BadHttpRequestException? FindBadRequest(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is BadHttpRequestException badRequest)
            {
                return badRequest;
            }
        }

        return null;
    }
}
