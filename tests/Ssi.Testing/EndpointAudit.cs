using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Ssi.ServiceDefaults.Http;
using Xunit;

namespace Ssi.Testing;

/// <summary>Checks a service's endpoints against the platform's rule: closed to anonymous callers unless a public read.</summary>
public static class EndpointAudit
{
    /// <summary>
    /// The endpoints that break the rule: those not marked <c>AllowAnonymous</c> that answer a
    /// request without a token otherwise than 401, and those marked so that are not reads (no
    /// write is public unless it says what stands in for a login, with <c>AllowAnonymousWrite</c>).
    /// </summary>
    public static async Task<IReadOnlyList<string>> FindViolationsAsync(IServiceProvider services, HttpClient anonymous)
    {
        var endpoints = services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        if (endpoints.Count == 0)
        {
            return ["the service maps no endpoint"];
        }

        var violations = endpoints
            .Where(endpoint => endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null && endpoint.Metadata.GetMetadata<PublicWrite>() is null)
            .SelectMany(endpoint => MethodsOf(endpoint).Where(method => !HttpMethods.IsGet(method) && !HttpMethods.IsHead(method))
                .Select(method => $"{method} {endpoint.RoutePattern.RawText}: a public write"))
            .ToList();

        foreach (var endpoint in endpoints.Where(endpoint => endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null))
        {
            foreach (var method in MethodsOf(endpoint))
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), UrlOf(endpoint.RoutePattern));
                using var response = await anonymous.SendAsync(request, TestContext.Current.CancellationToken);
                if (response.StatusCode != HttpStatusCode.Unauthorized)
                {
                    violations.Add($"{method} {endpoint.RoutePattern.RawText}: {(int)response.StatusCode} without a token");
                }
            }
        }

        return violations;
    }

    private static IEnumerable<string> MethodsOf(Endpoint endpoint) =>
        endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [HttpMethods.Get];

    private static string UrlOf(RoutePattern pattern) =>
        "/" + string.Join('/', pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternSeparatorPart separator => separator.Content,
            RoutePatternParameterPart parameter when parameter.ParameterPolicies.Any(policy => policy.Content == "guid") => Guid.Empty.ToString(),
            RoutePatternParameterPart parameter when parameter.ParameterPolicies.Any(policy => policy.Content == "int") => "1",
            _ => "x",
        }))));
}
