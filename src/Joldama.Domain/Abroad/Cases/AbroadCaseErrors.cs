using System.Globalization;
using System.Text.RegularExpressions;
using Joldama.Domain.Shared;

namespace Joldama.Domain.Abroad.Cases;

/// <summary>The step asks for what the case does not hold yet; the args name the requirements and documents (kebab-case).</summary>
public sealed record AbroadStepIncomplete(int Step, IReadOnlyList<AbroadRequirement> Missing, IReadOnlyList<AbroadDocument> MissingDocuments)
    : RuleViolation("abroad.step_incomplete", $"Step {Step} cannot be completed yet: {string.Join(", ", Missing)} {string.Join(", ", MissingDocuments)}.")
{
    public override IReadOnlyDictionary<string, string> Args { get; init; } = AbroadErrorArgs.Of(
        ("step", AbroadErrorArgs.Text(Step)),
        ("missing", string.Join(",", Missing.Select(m => Kebab.Of(m.ToString())))),
        ("documents", string.Join(",", MissingDocuments.Select(d => Kebab.Of(d.ToString())))));
}

/// <summary>A session cannot be scheduled in the past.</summary>
public sealed record SessionInPast(DateOnly Date)
    : ValidationError("abroad.session_in_past", $"{Date:yyyy-MM-dd} has passed.")
{
    public override IReadOnlyDictionary<string, string> Args { get; init; } = AbroadErrorArgs.Of(("date", Kebab.Date(Date)));
}

/// <summary>The commission sits on working days.</summary>
public sealed record SessionNotWorkingDay(DateOnly Date)
    : RuleViolation("abroad.session_not_working_day", $"{Date:yyyy-MM-dd} is not a working day.")
{
    public override IReadOnlyDictionary<string, string> Args { get; init; } = AbroadErrorArgs.Of(("date", Kebab.Date(Date)));
}

/// <summary>Seed 003 line 222: one regular session a month; this month already has one.</summary>
public sealed record SessionMonthTaken(DateOnly Existing)
    : ConflictError("abroad.session_month_taken", $"The month already has its regular session on {Existing:yyyy-MM-dd}.")
{
    public override IReadOnlyDictionary<string, string> Args { get; init; } = AbroadErrorArgs.Of(("date", Kebab.Date(Existing)));
}

/// <summary>Seed 003 line 223: an extraordinary session is called when treatment must continue — say for whom and why.</summary>
public sealed record SessionReasonRequired()
    : ValidationError("abroad.session_reason_required", "An extraordinary session needs its reason (the treatment that must continue).");

/// <summary>Invariant renderings for error arguments.</summary>
internal static partial class Kebab
{
    public static string Of(string pascal) => PascalBoundary().Replace(pascal, "$1-$2").ToLowerInvariant();

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [GeneratedRegex("([a-z0-9])([A-Z])")]
    private static partial Regex PascalBoundary();
}
