using System.Collections.Frozen;
using System.Globalization;
using Joldama.Application.Shared;
using Joldama.Domain.Shared;

namespace Joldama.Application.Abroad.Workflow;

/// <summary>Prices and countries as foreign clinics quote them: an ISO 4217 currency, a positive amount, an ISO 3166 country.</summary>
public static class MoneyInput
{
    /// <summary>The currencies of every region .NET (ICU) knows, so "KZT", "EUR", "USD", "KRW", "TRY"… pass and "XYZ" does not.</summary>
    private static readonly FrozenSet<string> Currencies = CultureInfo.GetCultures(CultureTypes.SpecificCultures)
        .Select(c => { try { return new RegionInfo(c.Name).ISOCurrencySymbol; } catch (ArgumentException) { return null; } })
        .OfType<string>().ToFrozenSet(StringComparer.Ordinal);

    /// <summary>A billion in any currency is beyond any treatment; more is a typing error.</summary>
    public const decimal MaxAmount = 1_000_000_000_000m;

    public static Result<string> Currency(string? text, string field)
    {
        var code = text?.Trim().ToUpperInvariant() ?? string.Empty;
        return Currencies.Contains(code) ? code : new InputInvalid(field, text ?? string.Empty, "an ISO 4217 currency code (EUR, USD, KRW…)");
    }

    public static Result<decimal> Amount(decimal? amount, string field) =>
        amount is { } value && value > 0 && value <= MaxAmount && decimal.Round(value, 2) == value
            ? value
            : new InputInvalid(field, amount?.ToString(CultureInfo.InvariantCulture) ?? string.Empty, "a positive amount with at most two decimals");

    public static Result<string> Country(string? text, string field)
    {
        var code = text?.Trim().ToUpperInvariant() ?? string.Empty;
        if (code.Length == 2 && code.All(char.IsAsciiLetterUpper))
        {
            try
            {
                return new RegionInfo(code).TwoLetterISORegionName;
            }
            catch (ArgumentException)
            {
                // not a region ICU knows
            }
        }

        return new InputInvalid(field, text ?? string.Empty, "an ISO 3166 country code (DE, KR, TR…)");
    }
}
