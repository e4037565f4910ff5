using Joldama.Domain.Identifiers;
using Joldama.Application;
using Joldama.Application.Localization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Joldama.Web.Api.Identifiers;

/// <summary>
/// Checks of IIN and BIN. The number travels in the request body, never in the URL: an IIN is
/// restricted personal data (KZ-FACTS §1.5, ASVS 14.2.1).
/// </summary>
internal static class IdentifierEndpoints
{
    public static void MapIdentifierEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/identifiers").WithTags("Identifiers");
        group.MapPost("/iin/check", CheckIin).WithSummary("Validate an IIN: 12 digits, check digit (two passes), never-issued prefixes; birth date and sex as coded, with warnings");
        group.MapPost("/bin/check", CheckBin).WithSummary("Validate a BIN: check digit, registration month, type and attribute");
    }

    private static Results<Ok<IinCheckJson>, ProblemHttpResult> CheckIin(NumberJson? body, IStringLocalizer<SharedResource> text)
    {
        var iin = Iin.Parse(body?.Number);
        if (iin.IsError)
        {
            return iin.Error.ToProblem(text);
        }

        var value = iin.Value;
        var warnings = value.Warnings.Select(w => new WarningJson(w.Code, text.Describe($"warning.{w.Code}", new Dictionary<string, string>(), w.Message))).ToArray();
        return TypedResults.Ok(new IinCheckJson(value.Masked, value.BirthDate, value.Sex?.ToString().ToLowerInvariant(), warnings));
    }

    private static Results<Ok<BinCheckJson>, ProblemHttpResult> CheckBin(NumberJson? body, IStringLocalizer<SharedResource> text)
    {
        var bin = Bin.Parse(body?.Number);
        return bin.IsError
            ? bin.Error.ToProblem(text)
            : TypedResults.Ok(new BinCheckJson(bin.Value.Value, bin.Value.RegistrationYearTwoDigits, bin.Value.RegistrationMonth,
                bin.Value.EntityType.ToString(), bin.Value.Attribute.ToString()));
    }
}

internal sealed record NumberJson(string? Number);

internal sealed record WarningJson(string Code, string Message);

internal sealed record IinCheckJson(string Masked, DateOnly? BirthDate, string? Sex, IReadOnlyList<WarningJson> Warnings);

internal sealed record BinCheckJson(string Bin, int RegistrationYear, int RegistrationMonth, string EntityType, string Attribute);
