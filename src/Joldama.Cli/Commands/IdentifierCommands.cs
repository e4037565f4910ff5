using System.CommandLine;
using Joldama.Application.Localization;
using Joldama.Domain.Identifiers;

namespace Joldama.Cli.Commands;

/// <summary><c>iin check NUMBER</c> and <c>bin check NUMBER</c>: valid → 0 with what the number codes; invalid → 2 with the reason.</summary>
internal static class IdentifierCommands
{
    public static Command Create(CliContext cli, string kind)
    {
        var number = new Argument<string>("number") { Description = "12 digits; spaces and hyphens are removed first" };
        var check = new Command("check", $"Validate an {kind.ToUpperInvariant()}") { number };
        check.SetAction(cli.Action(parse =>
        {
            var digits = Iin.Normalize(parse.GetValue(number) ?? string.Empty);
            return kind == "iin" ? CheckIin(cli, digits) : CheckBin(cli, digits);
        }));
        return new Command(kind, kind == "iin" ? "Individual identification number (ИИН / ЖСН)" : "Business identification number (БИН / БСН)") { check };
    }

    private static int CheckIin(CliContext cli, string digits)
    {
        var iin = Iin.Parse(digits);
        if (iin.IsError)
        {
            return cli.Fail(iin.Error);
        }

        var value = iin.Value;
        cli.WriteJson(new
        {
            valid = true,
            masked = value.Masked,
            birthDate = value.BirthDate,
            sex = value.Sex?.ToString().ToLowerInvariant(),
            warnings = value.Warnings.Select(w => new { w.Code, Message = cli.Text.Describe($"warning.{w.Code}", new Dictionary<string, string>(), w.Message) }),
        });
        return CliApp.Success;
    }

    private static int CheckBin(CliContext cli, string digits)
    {
        var bin = Bin.Parse(digits);
        if (bin.IsError)
        {
            return cli.Fail(bin.Error);
        }

        var value = bin.Value;
        cli.WriteJson(new
        {
            valid = true,
            bin = value.Value,
            registrationYear = value.RegistrationYearTwoDigits,
            registrationMonth = value.RegistrationMonth,
            entityType = value.EntityType.ToString(),
            attribute = value.Attribute.ToString(),
        });
        return CliApp.Success;
    }
}
