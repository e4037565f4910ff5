using Joldama.Domain.Catalog;
using Joldama.Domain.Conformity;

namespace Joldama.Application.Conformity.Evaluation;

/// <summary>
/// Reads the specialists of a request into the domain's <see cref="Specialist"/>s, adding every problem to the list
/// (a request with any problem is refused whole, so what is read then does not matter).
/// </summary>
internal static class SpecialistReader
{
    public const string Scopes = "specialty|department|field|overall";
    public const string Kinds = "radiation-permit|training|other";

    public static List<Specialist> Read(IReadOnlyList<SpecialistInput?>? inputs, ProblemList problems) =>
        problems.Each(inputs, "specialists", ReadOne);

    private static Specialist? ReadOne(SpecialistInput input, string path, ProblemList problems)
    {
        var name = problems.Required(input.Name, $"{path}.name", "the specialist's name");
        var certificates = problems.Each(input.Certificates, $"{path}.certificates", Certificate);
        var experience = problems.Each(input.Experience, $"{path}.experience", Experience);
        var education = problems.Each(input.Education, $"{path}.education", Education);
        var conditions = problems.Each(input.Conditions, $"{path}.conditions", Condition);
        var id = string.IsNullOrWhiteSpace(input.Id) ? path : input.Id.Trim();
        return name is null ? null : new Specialist(id, name, certificates, experience, education, conditions);
    }

    private static SpecialtyCertificate? Certificate(CertificateInput input, string path, ProblemList problems)
    {
        var specialty = problems.Required(input.Specialty, $"{path}.specialty", "the specialty as written in Appendix 2");
        var from = problems.Date(input.ValidFrom, $"{path}.validFrom");
        var to = problems.Date(input.ValidTo, $"{path}.validTo");
        var ordered = problems.Ordered(from, to, $"{path}.validTo");
        return specialty is null || from is null || to is null || !ordered
            ? null
            : new SpecialtyCertificate(specialty, input.Number?.Trim() ?? string.Empty, from.Value, to.Value);
    }

    private static ExperienceEntry? Experience(ExperienceInput input, string path, ProblemList problems)
    {
        var years = problems.NonNegative(input.Years, $"{path}.years");
        ExperienceScope? scope = input.Scope?.Trim().ToLowerInvariant() switch
        {
            "specialty" => ExperienceScope.Specialty,
            "department" => ExperienceScope.Department,
            "field" => ExperienceScope.Field,
            "overall" => ExperienceScope.Overall,
            _ => null,
        };
        if (scope is null)
        {
            problems.Invalid($"{path}.scope", input.Scope, Scopes);
        }

        var where = string.IsNullOrWhiteSpace(input.Where) ? null : input.Where.Trim();
        return years is null || scope is null ? null : new ExperienceEntry(years.Value, scope.Value, where);
    }

    private static EducationRecord? Education(EducationInput input, string path, ProblemList problems)
    {
        var hours = problems.NonNegative(input.Hours, $"{path}.hours");
        var completedOn = problems.Date(input.CompletedOn, $"{path}.completedOn");
        return hours is null || completedOn is null
            ? null
            : new EducationRecord(hours.Value, input.Topic?.Trim() ?? string.Empty, completedOn.Value);
    }

    private static HeldCondition? Condition(ConditionInput input, string path, ProblemList problems)
    {
        ConditionKind? kind = input.Kind?.Trim().ToLowerInvariant() switch
        {
            "radiation-permit" => ConditionKind.RadiationPermit,
            "training" => ConditionKind.Training,
            "other" => ConditionKind.Other,
            _ => null,
        };
        if (kind is null)
        {
            problems.Invalid($"{path}.kind", input.Kind, Kinds);
        }

        var (fromOk, from) = problems.OptionalDate(input.ValidFrom, $"{path}.validFrom");
        var (toOk, to) = problems.OptionalDate(input.ValidTo, $"{path}.validTo");
        var ordered = problems.Ordered(from, to, $"{path}.validTo");
        return kind is null || !fromOk || !toOk || !ordered
            ? null
            : new HeldCondition(kind.Value, input.Text?.Trim() ?? string.Empty, from, to);
    }
}
