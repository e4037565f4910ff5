using System.Globalization;
using Joldama.Domain.Patients;
using Joldama.Domain.Shared;

namespace Joldama.Domain.Quotas;

/// <summary>The decision would pass the limit: <paramref name="Used"/> decisions already, at most <paramref name="Limit"/> (<paramref name="Percent"/> % of <paramref name="Volume"/>).</summary>
public sealed record QuotaExceeded(int Used, int Limit, int Volume, int Percent)
    : RuleViolation("quota.exceeded", string.Create(CultureInfo.InvariantCulture, $"The quota is used: {Used} of {Limit} decisions ({Percent}% of the planned volume {Volume})."))
{
    public override IReadOnlyDictionary<string, string> Args { get; init; } = QuotaErrorArgs.Of(
        ("used", QuotaErrorArgs.Text(Used)), ("limit", QuotaErrorArgs.Text(Limit)), ("volume", QuotaErrorArgs.Text(Volume)), ("percent", QuotaErrorArgs.Text(Percent)));
}

/// <summary>The patient is in none of the groups of the paragraph in force.</summary>
public sealed record QuotaGroupNotEligible(IReadOnlyList<VulnerableGroup> Groups)
    : RuleViolation("quota.group_not_eligible", $"The patient is in none of the groups of §19: {string.Join(", ", Groups)}.")
{
    public override IReadOnlyDictionary<string, string> Args { get; init; } = QuotaErrorArgs.Of(("groups", string.Join(",", Groups)));
}

/// <summary>No planned-hospitalization volume (none given, or zero) for the period of the decision's date.</summary>
public sealed record QuotaNoPlannedVolume(DateOnly On)
    : RuleViolation("quota.no_planned_volume", string.Create(CultureInfo.InvariantCulture, $"There is no planned-hospitalization volume for the period of {On:yyyy-MM-dd}."))
{
    public override IReadOnlyDictionary<string, string> Args { get; init; } = QuotaErrorArgs.Of(("on", QuotaErrorArgs.Text(On)));
}

/// <summary>The decision's date is outside the period whose volume was given.</summary>
public sealed record QuotaDateOutsidePeriod(DateOnly On, DateOnly From, DateOnly To)
    : ValidationError("quota.date_outside_period", string.Create(CultureInfo.InvariantCulture, $"The date {On:yyyy-MM-dd} is outside the period {From:yyyy-MM-dd}–{To:yyyy-MM-dd}."))
{
    public override IReadOnlyDictionary<string, string> Args { get; init; } = QuotaErrorArgs.Of(
        ("on", QuotaErrorArgs.Text(On)), ("from", QuotaErrorArgs.Text(From)), ("to", QuotaErrorArgs.Text(To)));
}

/// <summary>Error arguments are invariant text, so a localized message formats them itself.</summary>
internal static class QuotaErrorArgs
{
    public static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static IReadOnlyDictionary<string, string> Of(params (string Key, string Value)[] args) =>
        args.ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal);
}
