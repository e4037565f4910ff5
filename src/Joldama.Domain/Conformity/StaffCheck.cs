using System.Globalization;
using Joldama.Domain.Catalog;

namespace Joldama.Domain.Conformity;

/// <summary>
/// One staff requirement of seed 001 Appendix 2 against a provider's specialists. A specialist counts only when
/// all hold on the date: a certificate valid that day in one of the alternative specialties; experience of at
/// least the years asked, in the scope and place asked (summed over matching entries; <see cref="ExperienceScope.Overall"/>
/// takes any entry); for each education requirement with hours, enough hours on the topic inside
/// <see cref="EducationWindow"/>; and, where asked, a radiation permit valid that day. Training and other
/// conditions are free text and are not checked here.
/// </summary>
internal static class StaffCheck
{
    public static CriterionFinding Evaluate(StaffRequirement requirement, IReadOnlyList<Specialist> specialists, DateOnly on)
    {
        var counted = new List<Specialist>();
        var notCounted = new List<string>();
        var notes = new List<FindingNote>();
        foreach (var specialist in specialists)
        {
            var holdsSpecialty = specialist.Certificates.Any(c => InSpecialty(c, requirement));
            if (!holdsSpecialty)
            {
                continue;
            }

            var shortfalls = Shortfalls(requirement, specialist, on);
            if (shortfalls.Count == 0)
            {
                counted.Add(specialist);
            }
            else
            {
                notCounted.Add($"{specialist.Name} ({string.Join(", ", shortfalls.Select(s => s.Text))})");
                notes.AddRange(shortfalls.Select(s => s.Note(specialist.Name)));
            }
        }

        var met = counted.Count >= requirement.MinCount;
        var names = counted.Count == 0 ? "none" : string.Join(", ", counted.Select(s => s.Name));
        var reason = $"needs {Num(requirement.MinCount)} {Plural(requirement.MinCount)} {Describe(requirement)}; has {Num(counted.Count)}: {names}";
        if (notCounted.Count > 0)
        {
            reason += $"; not counted: {string.Join("; ", notCounted)}";
        }

        var args = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["role"] = requirement.Role.ToString(),
            ["specialties"] = string.Join(" | ", requirement.Specialties.Select(TextMatch.Both)),
            ["required"] = Num(requirement.MinCount),
            ["present"] = Num(counted.Count),
            ["counted"] = string.Join(", ", counted.Select(s => s.Name)),
            ["countedIds"] = string.Join(", ", counted.Select(s => s.PersonId)),
            ["notCounted"] = string.Join("; ", notCounted),
        };
        return new CriterionFinding(CriterionKind.Staff, "conformity.staff", met, reason, args) { Notes = notes };
    }

    private static List<Shortfall> Shortfalls(StaffRequirement requirement, Specialist specialist, DateOnly on)
    {
        var shortfalls = new List<Shortfall>();
        if (!specialist.Certificates.Any(c => InSpecialty(c, requirement) && c.ValidOn(on)))
        {
            shortfalls.Add(new($"no certificate valid on {Date(on)}", "staff.no_certificate", ("date", Date(on))));
        }

        if (requirement.Experience is { } experience)
        {
            var years = specialist.Experience.Where(e => Counts(e, experience)).Sum(e => e.Years);
            if (years < experience.MinYears)
            {
                shortfalls.Add(new($"experience {Num(years)} of {Num(experience.MinYears)} years", "staff.experience", ("has", Num(years)), ("needs", Num(experience.MinYears))));
            }
        }

        foreach (var education in requirement.Education)
        {
            if (education.MinHours is not { } minHours)
            {
                continue;
            }

            var hours = specialist.Education
                .Where(r => OnTopic(r, education) && InWindow(r, education, on))
                .Sum(r => r.Hours);
            if (hours < minHours)
            {
                shortfalls.Add(new($"education {Num(hours)} of {Num(minHours)} hours", "staff.education", ("has", Num(hours)), ("needs", Num(minHours))));
            }
        }

        if (requirement.Conditions.Any(c => c.Kind == ConditionKind.RadiationPermit)
            && !specialist.Conditions.Any(c => c.Kind == ConditionKind.RadiationPermit && c.ValidOn(on)))
        {
            shortfalls.Add(new($"no radiation permit valid on {Date(on)}", "staff.radiation_permit", ("date", Date(on))));
        }

        return shortfalls;
    }

    /// <summary>Why a specialist is not counted: the English text of the reason and the note for the localized one.</summary>
    private sealed record Shortfall(string Text, string Code, params (string Key, string Value)[] Args)
    {
        public FindingNote Note(string name) =>
            new(Code, Args.Append(("name", name)).ToDictionary(a => a.Item1, a => a.Item2, StringComparer.Ordinal));
    }

    private static bool InSpecialty(SpecialtyCertificate certificate, StaffRequirement requirement) =>
        requirement.Specialties.Any(s => TextMatch.SameAs(certificate.Specialty, s));

    private static bool Counts(ExperienceEntry entry, ExperienceRequirement requirement)
    {
        if (requirement.Scope == ExperienceScope.Overall)
        {
            return true;
        }

        return entry.Scope == requirement.Scope
            && (requirement.Where is not { } where || entry.Where is not { } place || TextMatch.Loosely(place, where));
    }

    private static bool OnTopic(EducationRecord record, EducationRequirement requirement) =>
        requirement.Topic is not { } topic || TextMatch.Loosely(record.Topic, topic);

    private static bool InWindow(EducationRecord record, EducationRequirement requirement, DateOnly on) =>
        requirement.WithinYears is { } years ? EducationWindow.Contains(on, years, record.CompletedOn) : record.CompletedOn <= on;

    private static string Describe(StaffRequirement requirement)
    {
        var parts = new List<string>
        {
            $"with a valid certificate in one of: {string.Join(" | ", requirement.Specialties.Select(TextMatch.Both))}",
        };
        if (requirement.Experience is { } e)
        {
            var place = e.Scope == ExperienceScope.Overall
                ? "overall"
                : $"in {e.Scope.ToString().ToLowerInvariant()}{(e.Where is { } w ? $" '{TextMatch.Both(w)}'" : string.Empty)}";
            parts.Add($"at least {Num(e.MinYears)} years of experience {place}");
        }

        foreach (var education in requirement.Education.Where(x => x.MinHours is not null))
        {
            var topic = education.Topic is { } t ? $" on '{TextMatch.Both(t)}'" : string.Empty;
            var window = education.WithinYears is { } y ? $" within the last {Num(y)} years" : string.Empty;
            parts.Add($"at least {Num(education.MinHours!.Value)} hours of education{topic}{window}");
        }

        if (requirement.Conditions.Any(c => c.Kind == ConditionKind.RadiationPermit))
        {
            parts.Add("a valid radiation permit");
        }

        return string.Join(", ", parts);
    }

    private static string Plural(int count) => count == 1 ? "specialist" : "specialists";

    private static string Num(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Num(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
