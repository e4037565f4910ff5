using System.CommandLine;
using Joldama.Application.Catalog;
using Joldama.Application.Shared;
using Joldama.Domain.Catalog;
using Joldama.Domain.Shared;

namespace Joldama.Cli.Commands;

/// <summary><c>catalog search TEXT</c>, <c>catalog show CODE</c>, <c>catalog export --format json</c>.</summary>
internal static class CatalogCommands
{
    public static Command Create(CliContext cli)
    {
        var asOf = new Option<string?>("--as-of") { Description = "Only what was in force on this date (YYYY-MM-DD)" };
        var format = new Option<string>("--format") { Description = "text or json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");

        var text = new Argument<string>("text") { Description = "A code prefix (35.2) or words of the name, Russian or Kazakh" };
        var search = new Command("search", "Search HTMC types by code prefix or words") { text, asOf, format };
        search.SetAction(cli.Action(parse =>
        {
            var found = ParseAsOf(parse.GetValue(asOf)).Bind(d => cli.Law.Catalog.Search(parse.GetValue(text), d, limit: 500));
            if (found.IsError)
            {
                return cli.Fail(found.Error);
            }

            if (parse.GetValue(format) == "json")
            {
                cli.WriteJson(found.Value.Select(CodeSummaryJson.From));
            }
            else
            {
                var lang = CurrentLanguage();
                foreach (var view in found.Value)
                {
                    cli.Output.WriteLine($"{view.Code.Value,-8} [{string.Join(",", view.Lists.Select(l => l.List.Table))}] {view.Name.In(lang)}");
                }
            }

            return CliApp.Success;
        }));

        var code = new Argument<string>("code") { Description = "An HTMC code, e.g. 35.21" };
        var show = new Command("show", "One code: lists, characteristics, legal acts (JSON)") { code, asOf };
        show.SetAction(cli.Action(parse =>
        {
            var view = ParseAsOf(parse.GetValue(asOf)).Bind(d => HtmcCode.Parse(parse.GetValue(code)).Bind(c => cli.Law.Catalog.Get(c, d)));
            if (view.IsError)
            {
                return cli.Fail(view.Error);
            }

            cli.WriteJson(CodeJson.From(view.Value));
            return CliApp.Success;
        }));

        var exportFormat = new Option<string>("--format") { Description = "json (the only export format)", DefaultValueFactory = _ => "json" };
        exportFormat.AcceptOnlyFromAmong("json");
        var export = new Command("export", "The whole catalog as JSON (schema: docs/catalog-export.md)") { exportFormat };
        export.SetAction(cli.Action(_ =>
        {
            cli.WriteJson(CatalogExportJson.From(cli.Law.Catalog));
            return CliApp.Success;
        }));

        return new Command("catalog", "The catalog of HTMC types") { search, show, export };
    }

    private static TextLanguage CurrentLanguage() =>
        Application.Localization.UiLanguage.Current;

    private static Result<DateOnly?> ParseAsOf(string? asOf) =>
        asOf is null ? Result<DateOnly?>.Success(null) : InputDates.Parse(asOf, "as-of").Map<DateOnly?>(d => d);
}
