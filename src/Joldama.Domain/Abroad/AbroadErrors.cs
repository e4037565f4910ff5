using System.Globalization;
using Joldama.Domain.Shared;

namespace Joldama.Domain.Abroad;

/// <summary>An age below 0 or beyond any human's.</summary>
public sealed record AbroadAgeInvalid(int Age)
    : ValidationError("abroad.age_invalid", string.Create(CultureInfo.InvariantCulture, $"Age {Age} is not a valid age in years."))
{
    public override IReadOnlyDictionary<string, string> Args { get; init; } = AbroadErrorArgs.Of(("age", AbroadErrorArgs.Text(Age)));
}

/// <summary>The indication is not a row of the list.</summary>
public sealed record AbroadIndicationUnknown(string Indication)
    : ValidationError("abroad.indication_unknown", $"'{Indication}' is not a disease of the list for treatment abroad.")
{
    public override IReadOnlyDictionary<string, string> Args { get; init; } = AbroadErrorArgs.Of(("indication", Indication));
}

/// <summary>No disease of the list (and, for a child, no stated indications): seed 003 lines 17-35.</summary>
public sealed record AbroadIndicationRequired(string Source)
    : RuleViolation("abroad.indication_required", $"Treatment abroad needs a disease of the list or, for a child, stated indications ({Source}).");

/// <summary>Treatment the patient arranged alone is not reimbursed: seed 004 lines 114-115.</summary>
public sealed record AbroadSelfArranged(string Source)
    : RuleViolation("abroad.self_arranged", $"Treatment abroad arranged by the patient alone is not reimbursed by the budget ({Source}).");

/// <summary>The child category ends at 18: seed 003 line 35.</summary>
public sealed record AbroadChildTooOld(int Age, int Limit)
    : RuleViolation("abroad.child_too_old", string.Create(CultureInfo.InvariantCulture, $"Age {Age}: the child category is for ages below {Limit}."))
{
    public override IReadOnlyDictionary<string, string> Args { get; init; } = AbroadErrorArgs.Of(("age", AbroadErrorArgs.Text(Age)), ("limit", AbroadErrorArgs.Text(Limit)));
}

/// <summary>Personnel injured on duty are sent only by instruction of the President or the Prime Minister: seed 003 lines 36-40.</summary>
public sealed record AbroadInstructionRequired(string Source)
    : RuleViolation("abroad.instruction_required", $"Personnel injured on duty are sent abroad only by instruction of the President or the Prime Minister ({Source}).");

/// <summary>…and only when every permitted method in Kazakhstan was used without effect: seed 003 lines 38-40.</summary>
public sealed record AbroadMethodsNotExhausted(string Source)
    : RuleViolation("abroad.methods_not_exhausted", $"Not every permitted method of diagnosis and treatment in Kazakhstan has been used ({Source}).");

/// <summary>Autologous and related bone-marrow transplants are excluded: seed 003 lines 28-30.</summary>
public sealed record AbroadTransplantExcluded(string Source)
    : RuleViolation("abroad.transplant_excluded", $"Autologous and related bone-marrow transplants are not sent abroad ({Source}).");

/// <summary>The step has no term («—»), so it has no due date.</summary>
public sealed record StepWithoutDeadline(int Step)
    : ConflictError("abroad.step_without_deadline", string.Create(CultureInfo.InvariantCulture, $"Step {Step} has no deadline."))
{
    public override IReadOnlyDictionary<string, string> Args { get; init; } = AbroadErrorArgs.Of(("step", AbroadErrorArgs.Text(Step)));
}

/// <summary>Error arguments are invariant text, so a localized message formats them itself.</summary>
internal static class AbroadErrorArgs
{
    public static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static IReadOnlyDictionary<string, string> Of(params (string Key, string Value)[] args) =>
        args.ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal);
}
