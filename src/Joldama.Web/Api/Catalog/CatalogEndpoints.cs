using Joldama.Application;
using Joldama.Application.Catalog;
using Joldama.Application.Shared;
using Joldama.Domain.Catalog;
using Joldama.Domain.Shared;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Joldama.Web.Api.Catalog;

internal static class CatalogEndpoints
{
    public static void MapCatalogEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/catalog").WithTags("Catalog");
        group.MapGet("/", Search).WithSummary("Search HTMC types by code prefix or words (ru/kk), optionally as of a date");
        group.MapGet("/export", Export).WithSummary("The whole catalog: acts, codes with lists and characteristics, footnotes, ОСМС scope (docs/catalog-export.md)");
        group.MapGet("/acts", Acts).WithSummary("The legal acts the catalog rests on");
        group.MapGet("/{code}", Get).WithSummary("One code: its lists, characteristics and legal basis, optionally as of a date");
    }

    private static Results<Ok<IReadOnlyList<CodeSummaryJson>>, ProblemHttpResult> Search(
        string? q, string? asOf, HtmcCatalog catalog, IStringLocalizer<SharedResource> text)
    {
        var date = ParseAsOf(asOf);
        if (date.IsError)
        {
            return date.Error.ToProblem(text);
        }

        var found = catalog.Search(q, date.Value);
        return found.IsError
            ? found.Error.ToProblem(text)
            : TypedResults.Ok<IReadOnlyList<CodeSummaryJson>>(found.Value.Select(CodeSummaryJson.From).ToArray());
    }

    private static Results<Ok<CodeJson>, ProblemHttpResult> Get(string code, string? asOf, HtmcCatalog catalog, IStringLocalizer<SharedResource> text)
    {
        var date = ParseAsOf(asOf);
        var view = date.Bind(d => HtmcCode.Parse(code).Bind(c => catalog.Get(c, d)));
        return view.IsError ? view.Error.ToProblem(text) : TypedResults.Ok(CodeJson.From(view.Value));
    }

    private static Ok<CatalogExportJson> Export(HtmcCatalog catalog) => TypedResults.Ok(CatalogExportJson.From(catalog));

    private static Ok<ActJson[]> Acts(HtmcCatalog catalog) => TypedResults.Ok(catalog.Acts.Select(ActJson.From).ToArray());

    private static Result<DateOnly?> ParseAsOf(string? asOf) =>
        string.IsNullOrWhiteSpace(asOf) ? Result<DateOnly?>.Success(null) : InputDates.Parse(asOf, "asOf").Map<DateOnly?>(d => d);
}
