using Joldama.Domain.Catalog;
using Joldama.Domain.Funding;
using Joldama.Application.Shared;
using Joldama.Domain.Shared;

namespace Joldama.Application.Funding;

/// <summary>
/// Parses a funding question as the API, the UI and the CLI receive it (all strings) into a
/// <see cref="FundingCase"/>, so that all three accept and refuse exactly the same input.
/// </summary>
public static class FundingQuery
{
    public static Result<FundingCase> Parse(string? code, string? form, string? insured, string? date, DateOnly today)
    {
        var parsedCode = HtmcCode.Parse(code);
        if (parsedCode.IsError)
        {
            return parsedCode.Error;
        }

        Hospitalization? parsedForm = form?.Trim().ToLowerInvariant() switch
        {
            "emergency" => Hospitalization.Emergency,
            "planned" => Hospitalization.Planned,
            _ => null,
        };
        if (parsedForm is null)
        {
            return new InputInvalid("form", form ?? string.Empty, "emergency|planned");
        }

        bool? parsedInsured = insured?.Trim().ToLowerInvariant() switch
        {
            "yes" or "true" => true,
            "no" or "false" => false,
            _ => null,
        };
        if (parsedInsured is null)
        {
            return new InputInvalid("insured", insured ?? string.Empty, "yes|no");
        }

        var parsedDate = InputDates.ParseOptional(date, "date", today);
        return parsedDate.IsError
            ? parsedDate.Error
            : new FundingCase(parsedCode.Value, parsedForm.Value, parsedDate.Value, parsedInsured.Value);
    }
}
