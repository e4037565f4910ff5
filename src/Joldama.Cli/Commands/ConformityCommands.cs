using System.CommandLine;
using System.Globalization;
using Joldama.Application.Conformity.Evaluation;
using Joldama.Application.Localization;
using Joldama.Domain.Catalog;
using Joldama.Domain.Shared;

namespace Joldama.Cli.Commands;

/// <summary>
/// <c>conformity evaluate FILE.json [--json]</c>: a provider's staff and devices against the characteristics of
/// Appendix 2 (seed 001 §25–26; format: docs/conformity-evaluate.md). Exit 0 when every evaluated code conforms,
/// 3 when some do not, 2 on bad input (every problem on stderr), 1 on failure.
/// </summary>
internal static class ConformityCommands
{
    public static Command Create(CliContext cli)
    {
        var file = new Argument<string>("file") { Description = "The provider's resources as JSON (docs/conformity-evaluate.md)" };
        var json = new Option<bool>("--json") { Description = "Print the result as JSON (the API's shape) instead of text" };
        var evaluate = new Command("evaluate", "Read a provider's staff and devices against Appendix 2; exit 3 when some code does not conform") { file, json };
        evaluate.SetAction(cli.Action(parse => Evaluate(cli, parse.GetValue(file) ?? string.Empty, parse.GetValue(json))));
        return new Command("conformity", "Providers against the characteristics of HTMC types (Appendix 2)") { evaluate };
    }

    private static int Evaluate(CliContext cli, string path, bool json)
    {
        if (!File.Exists(path))
        {
            cli.Error.WriteLine($"File not found: {Path.GetFullPath(path)} / Файл табылмады / Файл не найден.");
            return CliApp.BadInput;
        }

        try
        {
            var service = new ConformityEvaluationService(cli.Law.Catalog);
            var result = EvaluationRequestJson.Read(File.ReadAllText(path))
                .Bind(request => service.Evaluate(request, cli.Clock.TodayInKazakhstan()));
            if (result.IsError)
            {
                return result.Error is EvaluationRequestInvalid invalid ? Refuse(cli, invalid) : cli.Fail(result.Error);
            }

            if (json)
            {
                cli.WriteJson(result.Value);
            }
            else
            {
                Print(cli, result.Value);
            }

            return result.Value.Conforms ? CliApp.Success : CliApp.NotConforming;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            cli.Error.WriteLine($"Cannot read {path}: {e.Message}");
            return CliApp.Failure;
        }
        catch (Exception e) when (e is not Joldama.Application.Law.LawDataException)
        {
            // A bug, not bad input: exit 1 as documented (not the runtime's crash code), with the trace to report.
            cli.Error.WriteLine($"Unexpected error: {e}");
            return CliApp.Failure;
        }
    }

    private static int Refuse(CliContext cli, EvaluationRequestInvalid invalid)
    {
        cli.Error.WriteLine($"{cli.Text.Describe(invalid)} [{invalid.Code}]");
        foreach (var problem in invalid.Problems)
        {
            cli.Error.WriteLine($"  {problem.Path}: {cli.Text.Describe(problem.Error)} [{problem.Error.Code}]");
        }

        return CliApp.BadInput;
    }

    private static void Print(CliContext cli, EvaluationResult result)
    {
        var lang = Application.Localization.UiLanguage.Current;
        var on = result.On.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        foreach (var code in result.Codes)
        {
            var name = lang == TextLanguage.Kk ? code.Name.Kk : code.Name.Ru;
            var verdict = code.Conforms ? "conforms" : "does not conform";
            cli.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{code.Code} {name} (Appendix 2, item {code.Item}) on {on}: {verdict}"));
            foreach (var finding in code.Findings)
            {
                cli.Output.WriteLine($"  {(finding.Met ? "✓" : "✗")} {finding.Kind}: {finding.Reason}");
            }
        }

        var conforming = result.Codes.Count(c => c.Conforms);
        cli.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{conforming} of {result.Codes.Count} code(s) conform."));
    }
}
