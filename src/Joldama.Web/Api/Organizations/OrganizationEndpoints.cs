using Joldama.Application;
using Joldama.Application.Organizations;
using Joldama.Data.Organizations;
using Joldama.Domain.Access;
using Joldama.Web.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Joldama.Web.Api.Organizations;

internal static class OrganizationEndpoints
{
    public static void MapOrganizationEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/regions", (RegionRegistry regions) => TypedResults.Ok(regions.All.Select(RegionJson.From).ToArray()))
            .AllowAnonymous().WithTags("Organizations").WithSummary("Kazakhstan's regions: oblasts and cities of republican significance");

        var group = api.MapGroup("/organizations").WithTags("Organizations");
        group.MapGet("/", List).RequirePermission(Permission.ViewOrganizations).WithSummary("Organizations within the caller's reach");
        group.MapGet("/export", Export).RequirePermission(Permission.ViewOrganizations).WithSummary("Organizations within reach as CSV");
        group.MapGet("/{id:guid}", Get).RequirePermission(Permission.ViewOrganizations).WithSummary("One organization (404 outside the caller's reach)");
        group.MapPost("/", Create).RequirePermission(Permission.ManageOrganizations).WithSummary("Register an organization (BIN validated)");
        group.MapPost("/import", Import).RequirePermission(Permission.ManageOrganizations)
            .Accepts<string>("text/csv").WithSummary("Import organizations from CSV: all rows or none, with every row's error");
    }

    private static async Task<Ok<OrganizationJson[]>> List(OrganizationService organizations, HttpContext context) =>
        TypedResults.Ok((await organizations.Visible(context.User.Scope()!).OrderBy(o => o.NameRu).ToListAsync(context.RequestAborted)).Select(OrganizationJson.From).ToArray());

    private static async Task<Results<Ok<OrganizationJson>, ProblemHttpResult>> Get(Guid id, OrganizationService organizations, HttpContext context, IStringLocalizer<SharedResource> text)
    {
        var organization = await organizations.GetAsync(context.User.Scope()!, id, context.RequestAborted);
        return organization.IsError ? organization.Error.ToProblem(text) : TypedResults.Ok(OrganizationJson.From(organization.Value));
    }

    private static async Task<Results<Created<OrganizationJson>, ProblemHttpResult>> Create(
        NewOrganization body, OrganizationService organizations, HttpContext context, IStringLocalizer<SharedResource> text)
    {
        var created = await organizations.CreateAsync(body, context.Actor(), context.RequestAborted);
        return created.IsError
            ? created.Error.ToProblem(text)
            : TypedResults.Created($"/api/organizations/{created.Value.Id}", OrganizationJson.From(created.Value));
    }

    private static async Task<Results<Ok<ImportJson>, ProblemHttpResult>> Import(HttpRequest request, OrganizationCsv csv, IStringLocalizer<SharedResource> text)
    {
        if (request.ContentType?.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase) != true)
        {
            return new Application.Shared.InputInvalid("Content-Type", request.ContentType ?? string.Empty, "text/csv").ToProblem(text);
        }

        var imported = await csv.ImportAsync(request.Body, request.ContentLength ?? 0, request.HttpContext.Actor(), request.HttpContext.RequestAborted);
        return imported.IsError ? imported.Error.ToProblem(text) : TypedResults.Ok(new ImportJson(imported.Value));
    }

    private static async Task Export(OrganizationCsv csv, HttpContext context)
    {
        context.Response.ContentType = "text/csv; charset=utf-8";
        context.Response.Headers.ContentDisposition = "attachment; filename=\"organizations.csv\"";
        await using var writer = new StreamWriter(context.Response.Body, new System.Text.UTF8Encoding(true));
        await csv.WriteAsync(context.User.Scope()!, writer, context.RequestAborted);
    }
}

internal sealed record RegionJson(string Code, string NameKk, string NameRu, string Kind)
{
    public static RegionJson From(Domain.Organizations.Region r) => new(r.Code, r.Name.Kk, r.Name.Ru, r.Kind.ToString());
}

internal sealed record OrganizationJson(Guid Id, string Bin, string NameKk, string NameRu, string Region, string Kind, string Level, bool IsScientific)
{
    public static OrganizationJson From(Organization o) => new(o.Id, o.Bin, o.NameKk, o.NameRu, o.RegionCode, o.Kind.ToString(), o.Level.ToString(), o.IsScientific);
}

internal sealed record ImportJson(int Imported);
