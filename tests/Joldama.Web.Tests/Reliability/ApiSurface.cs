using System.Reflection;
using System.Security.Claims;
using Joldama.Web.Tests.Access;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Joldama.Web.Tests.Reliability;

/// <summary>What a request to one API operation is made of, read from the endpoint's metadata and handler.</summary>
/// <param name="Body">The request model (a JSON body, or the form's model for multipart); null when there is none.</param>
/// <param name="ContentType">What the endpoint accepts: application/json, multipart/form-data, text/csv, or null.</param>
internal sealed record ApiOperation(
    string Method,
    string Pattern,
    IReadOnlyList<(string Name, string? Constraint)> Route,
    IReadOnlyList<(string Name, Type Type)> Query,
    IReadOnlyList<(string Name, Type Type)> Headers,
    Type? Body,
    string? ContentType)
{
    public string Key => $"{Method} {Pattern}";

    public override string ToString() => Key;
}

/// <summary>
/// Every API operation of the running app, enumerated from its <see cref="EndpointDataSource"/> (so an endpoint added
/// later is fuzzed without anyone listing it): route values from the pattern, query and header values and the body
/// from the handler's parameters and its Accepts metadata.
/// </summary>
internal static class ApiSurface
{
    private static readonly Type[] Ambient =
    [
        typeof(HttpContext), typeof(HttpRequest), typeof(HttpResponse), typeof(CancellationToken), typeof(ClaimsPrincipal),
        typeof(IFormFile), typeof(IFormFileCollection), typeof(IFormCollection),
    ];

    public static IReadOnlyList<ApiOperation> Operations(DemoApp app)
    {
        var services = app.Factory.Services.GetRequiredService<IServiceProviderIsService>();
        var operations = new List<ApiOperation>();
        foreach (var endpoint in app.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var pattern = endpoint.RoutePattern.RawText ?? string.Empty;
            if (!pattern.StartsWith("/api/", StringComparison.Ordinal) || endpoint.Metadata.GetMetadata<HttpMethodMetadata>() is not { } methods)
            {
                continue;
            }

            var route = endpoint.RoutePattern.Parameters
                .Select(p => (p.Name, p.ParameterPolicies.Count > 0 ? p.ParameterPolicies[0].Content : null)).ToList();
            var accepts = endpoint.Metadata.GetMetadata<IAcceptsMetadata>();
            var handler = endpoint.Metadata.GetMetadata<MethodInfo>();
            var query = new List<(string, Type)>();
            var headers = new List<(string, Type)>();
            var body = accepts?.RequestType;
            foreach (var parameter in handler?.GetParameters() ?? [])
            {
                var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
                if (route.Any(r => string.Equals(r.Name, parameter.Name, StringComparison.OrdinalIgnoreCase))
                    || Ambient.Contains(type) || services.IsService(parameter.ParameterType) || parameter.GetCustomAttribute<FromServicesAttribute>() is not null)
                {
                    continue;
                }

                if (parameter.GetCustomAttribute<FromHeaderAttribute>() is { } header)
                {
                    headers.Add((header.Name ?? parameter.Name!, type));
                }
                else if (parameter.GetCustomAttribute<FromQueryAttribute>() is { } fromQuery)
                {
                    query.Add((fromQuery.Name ?? parameter.Name!, type));
                }
                else if (IsSimple(type))
                {
                    query.Add((parameter.Name!, type));
                }
                else
                {
                    body ??= type;
                }
            }

            var contentType = accepts is { ContentTypes.Count: > 0 } ? accepts.ContentTypes[0] : body is null ? null : "application/json";
            operations.AddRange(methods.HttpMethods.Select(m => new ApiOperation(m, pattern, route, query, headers, body, contentType)));
        }

        return operations;
    }

    public static bool IsSimple(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(Guid)
        || type == typeof(DateOnly) || type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(TimeOnly);
}
