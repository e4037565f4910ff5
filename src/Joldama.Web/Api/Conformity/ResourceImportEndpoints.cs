using Joldama.Application;
using Joldama.Application.Conformity.Resources;
using Joldama.Application.Organizations;
using Joldama.Domain.Access;
using Joldama.Web.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Joldama.Web.Api.Conformity;

/// <summary>
/// A provider's specialists and devices as CSV (docs/provider-resources-csv.md): import into the caller's own organization,
/// all rows or none with every row's error; export of an organization within reach (the caller's own by default).
/// </summary>
internal static class ResourceImportEndpoints
{
    public static void MapResourceImportEndpoints(this RouteGroupBuilder conformity)
    {
        conformity.MapPost("/specialists/import", (HttpRequest request, ResourceCsv csv, IStringLocalizer<SharedResource> text) =>
                ImportAsync(request, text, (body, length, c) => csv.ImportSpecialistsAsync(request.HttpContext.User.Scope()!, body, length, request.HttpContext.Actor(), c)))
            .RequirePermission(Permission.ManageProviderResources).Accepts<string>("text/csv")
            .WithSummary("Import specialists into the caller's organization from CSV (rows with one IIN are one person): all rows or none, with every row's error");
        conformity.MapPost("/devices/import", (HttpRequest request, ResourceCsv csv, IStringLocalizer<SharedResource> text) =>
                ImportAsync(request, text, (body, length, c) => csv.ImportDevicesAsync(request.HttpContext.User.Scope()!, body, length, request.HttpContext.Actor(), c)))
            .RequirePermission(Permission.ManageProviderResources).Accepts<string>("text/csv")
            .WithSummary("Import medical devices into the caller's organization from CSV (type from Appendix 2): all rows or none, with every row's error");
        conformity.MapGet("/specialists/export", ExportSpecialists).RequirePermission(Permission.ViewProviderResources)
            .WithSummary("The staff of an organization within reach (?organizationId=, default the caller's) as CSV in the import format (audited)");
        conformity.MapGet("/devices/export", ExportDevices).RequirePermission(Permission.ViewProviderResources)
            .WithSummary("The devices of an organization within reach (?organizationId=, default the caller's) as CSV in the import format");
    }

    private static async Task<Results<Ok<ResourceImportJson>, ProblemHttpResult>> ImportAsync(
        HttpRequest request, IStringLocalizer<SharedResource> text, Func<Stream, long, CancellationToken, Task<Domain.Shared.Result<ResourceImport>>> import)
    {
        if (request.ContentType?.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase) != true)
        {
            return new Application.Shared.InputInvalid("Content-Type", request.ContentType ?? string.Empty, "text/csv").ToProblem(text);
        }

        var imported = await import(request.Body, request.ContentLength ?? 0, request.HttpContext.RequestAborted);
        return imported.IsError ? imported.Error.ToProblem(text) : TypedResults.Ok(new ResourceImportJson(imported.Value.Created, imported.Value.Rows));
    }

    private static async Task<Results<EmptyHttpResult, ProblemHttpResult>> ExportSpecialists(
        Guid? organizationId, ResourceCsv csv, OrganizationService organizations, HttpContext context, IStringLocalizer<SharedResource> text)
    {
        var scope = context.User.Scope()!;
        var organization = await organizations.GetAsync(scope, organizationId ?? scope.OrganizationId, context.RequestAborted);
        if (organization.IsError)
        {
            return organization.Error.ToProblem(text);
        }

        await using var writer = CsvResponse(context, "specialists.csv");
        await csv.WriteSpecialistsAsync(scope, organization.Value.Id, context.Actor(), writer, context.RequestAborted);
        return TypedResults.Empty;
    }

    private static async Task<Results<EmptyHttpResult, ProblemHttpResult>> ExportDevices(
        Guid? organizationId, ResourceCsv csv, OrganizationService organizations, HttpContext context, IStringLocalizer<SharedResource> text)
    {
        var scope = context.User.Scope()!;
        var organization = await organizations.GetAsync(scope, organizationId ?? scope.OrganizationId, context.RequestAborted);
        if (organization.IsError)
        {
            return organization.Error.ToProblem(text);
        }

        await using var writer = CsvResponse(context, "devices.csv");
        await csv.WriteDevicesAsync(scope, organization.Value.Id, writer, context.RequestAborted);
        return TypedResults.Empty;
    }

    /// <summary>UTF-8 with BOM, so that a spreadsheet opening the file reads Cyrillic and Kazakh letters right.</summary>
    private static StreamWriter CsvResponse(HttpContext context, string fileName)
    {
        context.Response.ContentType = "text/csv; charset=utf-8";
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        return new StreamWriter(context.Response.Body, new System.Text.UTF8Encoding(true));
    }
}

/// <summary>What an import created: specialists (people, however many rows each) or devices, and the data rows read.</summary>
internal sealed record ResourceImportJson(int Imported, int Rows);
