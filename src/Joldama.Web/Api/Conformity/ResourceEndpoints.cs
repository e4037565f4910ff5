using Joldama.Application;
using Joldama.Application.Conformity.Resources;
using Joldama.Domain.Access;
using Joldama.Web.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Joldama.Web.Api.Conformity;

/// <summary>A provider's specialists and devices (seed 001 §25, §29): read within reach, changed by the provider's own administrator.</summary>
internal static class ResourceEndpoints
{
    public static void MapResourceEndpoints(this RouteGroupBuilder conformity)
    {
        conformity.MapGet("/device-types", (ProviderResourceService resources) =>
                TypedResults.Ok(resources.DeviceTypes.Select(t => new DeviceTypeJson(t.Kk, t.Ru)).ToArray()))
            .RequirePermission(Permission.ViewProviderResources).WithSummary("The device vocabulary: every device name of Appendix 2");
        conformity.MapGet("/organizations/{organizationId:guid}/specialists", ListSpecialists)
            .RequirePermission(Permission.ViewProviderResources).WithSummary("An organization's specialists (audited: personal data)");
        conformity.MapGet("/organizations/{organizationId:guid}/devices", ListDevices)
            .RequirePermission(Permission.ViewProviderResources).WithSummary("An organization's medical devices");
        conformity.MapGet("/specialists/{id:guid}", GetSpecialist).RequirePermission(Permission.ViewProviderResources).WithSummary("One specialist (audited)");
        conformity.MapPost("/specialists", AddSpecialist).RequirePermission(Permission.ManageProviderResources).WithSummary("Add a specialist to the caller's organization");
        conformity.MapPut("/specialists/{id:guid}", UpdateSpecialist).RequirePermission(Permission.ManageProviderResources)
            .WithSummary("Replace a specialist's data; ?version= is the version read (409 when changed meanwhile); re-checks conclusions (§29)");
        conformity.MapPost("/specialists/{id:guid}/leave", Leave).RequirePermission(Permission.ManageProviderResources)
            .WithSummary("§29: the specialist left on the day given; conclusions relying on them are re-checked at once");
        conformity.MapPost("/devices", AddDevice).RequirePermission(Permission.ManageProviderResources).WithSummary("Add medical devices (type from the vocabulary)");
        conformity.MapPut("/devices/{id:guid}", UpdateDevice).RequirePermission(Permission.ManageProviderResources).WithSummary("Replace a device's data; ?version=");
        conformity.MapPost("/devices/{id:guid}/out-of-order", (Guid id, ResourceChangeInput? body, ProviderResourceService r, HttpContext c, IStringLocalizer<SharedResource> t) =>
                DeviceChange(r.RecordOutOfOrderAsync(c.User.Scope()!, id, body ?? new(null), c.Actor(), c.RequestAborted), t))
            .RequirePermission(Permission.ManageProviderResources).WithSummary("§29: out of order since the day given; conclusions re-checked at once");
        conformity.MapPost("/devices/{id:guid}/repaired", (Guid id, ResourceChangeInput? body, ProviderResourceService r, HttpContext c, IStringLocalizer<SharedResource> t) =>
                DeviceChange(r.RecordRepairedAsync(c.User.Scope()!, id, body ?? new(null), c.Actor(), c.RequestAborted), t))
            .RequirePermission(Permission.ManageProviderResources).WithSummary("The device works again; a conclusion flagged only for it is cleared");
        conformity.MapPost("/devices/{id:guid}/retire", (Guid id, ResourceChangeInput? body, ProviderResourceService r, HttpContext c, IStringLocalizer<SharedResource> t) =>
                DeviceChange(r.RetireDeviceAsync(c.User.Scope()!, id, body ?? new(null), c.Actor(), c.RequestAborted), t))
            .RequirePermission(Permission.ManageProviderResources).WithSummary("Write the device off; conclusions re-checked at once");
    }

    private static async Task<Results<Ok<SpecialistJson[]>, ProblemHttpResult>> ListSpecialists(
        Guid organizationId, ProviderResourceService resources, HttpContext context, IStringLocalizer<SharedResource> text)
    {
        var list = await resources.ListSpecialistsAsync(context.User.Scope()!, organizationId, context.Actor(), context.RequestAborted);
        return list.IsError ? list.Error.ToProblem(text) : TypedResults.Ok(list.Value.Select(SpecialistJson.From).ToArray());
    }

    private static async Task<Results<Ok<DeviceJson[]>, ProblemHttpResult>> ListDevices(
        Guid organizationId, ProviderResourceService resources, HttpContext context, IStringLocalizer<SharedResource> text)
    {
        var list = await resources.ListDevicesAsync(context.User.Scope()!, organizationId, context.RequestAborted);
        return list.IsError ? list.Error.ToProblem(text) : TypedResults.Ok(list.Value.Select(DeviceJson.From).ToArray());
    }

    private static async Task<Results<Ok<SpecialistJson>, ProblemHttpResult>> GetSpecialist(Guid id, ProviderResourceService resources, HttpContext context, IStringLocalizer<SharedResource> text)
    {
        var specialist = await resources.GetSpecialistAsync(context.User.Scope()!, id, context.Actor(), context.RequestAborted);
        return specialist.IsError ? specialist.Error.ToProblem(text) : TypedResults.Ok(SpecialistJson.From(specialist.Value));
    }

    private static async Task<Results<Created<SpecialistJson>, ProblemHttpResult>> AddSpecialist(
        SpecialistInput body, ProviderResourceService resources, HttpContext context, IStringLocalizer<SharedResource> text)
    {
        var created = await resources.AddSpecialistAsync(context.User.Scope()!, body, context.Actor(), context.RequestAborted);
        return created.IsError ? created.Error.ToProblem(text) : TypedResults.Created($"/api/conformity/specialists/{created.Value.Id}", SpecialistJson.From(created.Value));
    }

    private static async Task<Results<Ok<ChangeJson<SpecialistJson>>, ProblemHttpResult>> UpdateSpecialist(
        Guid id, int version, SpecialistInput body, ProviderResourceService resources, HttpContext context, IStringLocalizer<SharedResource> text) =>
        Changed(await resources.UpdateSpecialistAsync(context.User.Scope()!, id, version, body, context.Actor(), context.RequestAborted), SpecialistJson.From, text);

    private static async Task<Results<Ok<ChangeJson<SpecialistJson>>, ProblemHttpResult>> Leave(
        Guid id, ResourceChangeInput? body, ProviderResourceService resources, HttpContext context, IStringLocalizer<SharedResource> text) =>
        Changed(await resources.RecordLeavingAsync(context.User.Scope()!, id, body ?? new(null), context.Actor(), context.RequestAborted), SpecialistJson.From, text);

    private static async Task<Results<Created<DeviceJson>, ProblemHttpResult>> AddDevice(
        DeviceInput body, ProviderResourceService resources, HttpContext context, IStringLocalizer<SharedResource> text)
    {
        var created = await resources.AddDeviceAsync(context.User.Scope()!, body, context.Actor(), context.RequestAborted);
        return created.IsError ? created.Error.ToProblem(text) : TypedResults.Created($"/api/conformity/devices/{created.Value.Id}", DeviceJson.From(created.Value));
    }

    private static Task<Results<Ok<ChangeJson<DeviceJson>>, ProblemHttpResult>> UpdateDevice(
        Guid id, int version, DeviceInput body, ProviderResourceService resources, HttpContext context, IStringLocalizer<SharedResource> text) =>
        DeviceChange(resources.UpdateDeviceAsync(context.User.Scope()!, id, version, body, context.Actor(), context.RequestAborted), text);

    private static async Task<Results<Ok<ChangeJson<DeviceJson>>, ProblemHttpResult>> DeviceChange(
        Task<Domain.Shared.Result<ResourceChange<Data.Conformity.DeviceRecord>>> change, IStringLocalizer<SharedResource> text) =>
        Changed(await change, DeviceJson.From, text);

    /// <summary>The changed record and the conclusions its §29 re-check flagged.</summary>
    private static Results<Ok<ChangeJson<TJson>>, ProblemHttpResult> Changed<TRecord, TJson>(
        Domain.Shared.Result<ResourceChange<TRecord>> change, Func<TRecord, TJson> json, IStringLocalizer<SharedResource> text) =>
        change.IsError
            ? change.Error.ToProblem(text)
            : TypedResults.Ok(new ChangeJson<TJson>(json(change.Value.Record), [.. change.Value.Flagged.Select(c => new FlaggedJson(c.Id, c.Number, c.Code))]));
}
