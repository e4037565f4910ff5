using System.CommandLine;
using System.Globalization;
using Joldama.Application.Shared;
using Joldama.Domain.Abroad;
using Joldama.Domain.Abroad.Cases;

namespace Joldama.Cli.Commands;

/// <summary>
/// <c>abroad scheme [ID]</c>, <c>abroad due SCHEME STEP STARTED-AT</c> and <c>abroad eligible --category C --age N …</c>:
/// the law of order No. 544 as the API and the pages apply it.
/// </summary>
internal static class AbroadCommands
{
    public static Command Create(CliContext cli) => new("abroad", "Treatment abroad at budget expense (order No. 544, seeds 003 and 004)")
    {
        Scheme(cli), Due(cli), Eligible(cli),
    };

    private static Command Scheme(CliContext cli)
    {
        var id = new Argument<string?>("scheme") { Description = "current | proposed (default: the one in force)", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("scheme", "A scheme's steps: who, to whom, the documents, the term, what completing it needs; the sum against the stated total (JSON)") { id };
        command.SetAction(cli.Action(parse =>
        {
            var law = cli.Law.Abroad;
            var wanted = parse.GetValue(id) ?? law.ActiveSchemeId;
            if (law.Schemes.FirstOrDefault(s => s.Id == wanted) is not { } scheme)
            {
                return cli.Fail(new InputInvalid("scheme", wanted, string.Join('|', law.Schemes.Select(s => s.Id))));
            }

            var sum = SchemeCheck.Sum(scheme);
            cli.WriteJson(new
            {
                id = scheme.Id, active = scheme.Id == law.ActiveSchemeId, stepsTotal = sum.StepsTotal.Value, stated = sum.Stated.Value,
                steps = scheme.Steps.Select(s => new
                {
                    number = s.Number, actor = InputEnums.Kebab(s.Actor), to = s.To is { } to ? InputEnums.Kebab(to) : null, workingDays = s.Deadline?.Value,
                    documents = s.Documents.Select(InputEnums.Kebab), requires = AbroadStepRules.RequirementsOf(law, scheme, s).Select(InputEnums.Kebab),
                    files = AbroadStepRules.DocumentsFor(law, scheme, s).Select(InputEnums.Kebab), does = s.Does.Ru,
                }),
            });
            return CliApp.Success;
        }));
        return command;
    }

    private static Command Due(CliContext cli)
    {
        var scheme = new Argument<string>("scheme") { Description = "current | proposed" };
        var step = new Argument<int>("step") { Description = "The step's number" };
        var startedAt = new Argument<string>("started-at") { Description = "The moment the step began (for the commission's step: the session), ISO 8601 with offset" };
        var command = new Command("due", "The last day of a step begun at a moment (working days, Asia/Almaty)") { scheme, step, startedAt };
        command.SetAction(cli.Action(parse =>
        {
            var law = cli.Law.Abroad;
            var found = law.Schemes.FirstOrDefault(s => s.Id == parse.GetValue(scheme))?.Steps.FirstOrDefault(s => s.Number == parse.GetValue(step));
            var text = parse.GetValue(startedAt) ?? string.Empty;
            if (found is null)
            {
                return cli.Fail(new InputInvalid("step", $"{parse.GetValue(scheme)} {parse.GetValue(step)}", "a scheme id and one of its step numbers"));
            }

            if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment) || !text.Contains('T', StringComparison.Ordinal))
            {
                return cli.Fail(new InputInvalid("started-at", text, "an ISO 8601 moment with offset"));
            }

            var due = AbroadDeadlines.Due(cli.Law.Calendar, found, moment);
            if (due.IsError)
            {
                return cli.Fail(due.Error);
            }

            cli.Output.WriteLine(due.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            return CliApp.Success;
        }));
        return command;
    }

    private static Command Eligible(CliContext cli)
    {
        var category = new Option<string>("--category") { Description = "citizen | child | injured-on-duty", Required = true };
        var age = new Option<int>("--age") { Description = "Age in full years", Required = true };
        var indication = new Option<string?>("--indication") { Description = "The disease of the list (abroad scheme lists none; see data/law/mzsr-544-2015/eligibility.json)" };
        var flags = new[] { "indications-confirmed", "exceptional-instruction", "methods-exhausted", "self-arranged", "pregnant", "autologous-or-related-bone-marrow" }
            .Select(name => new Option<bool>("--" + name)).ToArray();
        var command = new Command("eligible", "Whether the state sends the applicant abroad: the basis and priority groups, or the refusal with its seed place (JSON)") { category, age, indication };
        foreach (var flag in flags)
        {
            command.Options.Add(flag);
        }

        command.SetAction(cli.Action(parse =>
        {
            var parsed = InputEnums.Parse<AbroadCategory>(parse.GetValue(category), "category");
            if (parsed.IsError)
            {
                return cli.Fail(parsed.Error);
            }

            bool On(int i) => parse.GetValue(flags[i]);
            var decision = AbroadEligibility.Check(cli.Law.Abroad, new AbroadApplicant(parsed.Value, parse.GetValue(age), parse.GetValue(indication))
            {
                IndicationsConfirmed = On(0), ExceptionalInstruction = On(1), KazakhstanMethodsExhausted = On(2), SelfArranged = On(3), Pregnant = On(4),
                AutologousOrRelatedBoneMarrow = On(5),
            });
            if (decision.IsError)
            {
                return cli.Fail(decision.Error);
            }

            var d = decision.Value;
            cli.WriteJson(new
            {
                eligible = true, basis = InputEnums.Kebab(d.Basis), category = InputEnums.Kebab(d.Category), indication = d.Indication?.Id,
                priorities = d.Priorities.Select(InputEnums.Kebab), seed = d.Source.Reference.ToString(), notes = d.Notes,
            });
            return CliApp.Success;
        }));
        return command;
    }
}
