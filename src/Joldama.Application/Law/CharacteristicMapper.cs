using Joldama.Domain.Catalog;

namespace Joldama.Application.Law;

/// <summary>Maps one Appendix 2 item of the data file to a validated <see cref="Characteristic"/>.</summary>
internal static class CharacteristicMapper
{
    private const string Seed = "001_5e2574b563d27392.txt";

    public static Characteristic Map(ItemDto dto, RowReader row, LegalAct act, IReadOnlyList<CharacteristicFootnote> footnotes)
    {
        var section = row.Enum<CharacteristicSection>(dto.Section, "section");
        var footnoteIds = dto.Footnotes ?? [];
        foreach (var id in footnoteIds.Where(id => !footnotes.Any(f => f.Id == id)))
        {
            throw row.Fail($"footnote '{id}' is not in footnotes.json");
        }

        var staff = (dto.Staff ?? throw row.Fail("'staff' is missing")).Select((s, i) => MapStaff(s, row with { Row = $"{row.Row}, staff {i + 1}" })).ToArray();
        var devices = (dto.Devices ?? throw row.Fail("'devices' is missing"))
            .Select((d, i) => new DeviceRequirement(
                (row with { Row = $"{row.Row}, device {i + 1}" }).Bilingual(d.NameKk, d.NameRu, "name", TextLanguage.Ru),
                (row with { Row = $"{row.Row}, device {i + 1}" }).Positive(d.MinCount ?? 1, "minCount")))
            .ToArray();

        return new Characteristic(
            dto.Item,
            section,
            row.Code(dto.Code),
            row.Bilingual(dto.NameKk, dto.NameRu, "name", TextLanguage.Ru),
            row.Bilingual(dto.StaffTextKk, dto.StaffTextRu, "staffText", TextLanguage.Ru),
            staff,
            row.Bilingual(dto.DevicesTextKk, dto.DevicesTextRu, "devicesText", TextLanguage.Ru),
            devices,
            footnoteIds,
            act,
            new SeedReference(Seed, $"Appendix 2, item {dto.Item}", row.Text(dto.Lines, "lines")))
        {
            CodeInferred = string.IsNullOrWhiteSpace(dto.CodeInferred) ? null : dto.CodeInferred.Trim(),
        };
    }

    private static StaffRequirement MapStaff(StaffDto dto, RowReader row)
    {
        var specialties = (dto.Specialties ?? []).Select(s => row.Bilingual(s.Kk, s.Ru, "specialty", TextLanguage.Ru)).ToArray();
        var role = row.Enum<StaffRole>(dto.Role, "role");
        if (specialties.Length == 0 && role == StaffRole.Doctor)
        {
            throw row.Fail("a doctor requirement names no specialty");
        }

        ExperienceRequirement? experience = dto.Experience is { MinYears: { } years } e
            ? new ExperienceRequirement(
                row.Positive(years, "experience.minYears"),
                e.Scope is null ? ExperienceScope.Overall : row.Enum<ExperienceScope>(e.Scope, "experience.scope"),
                e.WhereKk is null || e.WhereRu is null ? null : new BilingualText(e.WhereKk, e.WhereRu, TextLanguage.Ru))
            : null;
        var education = (dto.Education ?? [])
            .Select(e => new EducationRequirement(e.MinHours, e.WithinYears,
                e.TopicKk is null || e.TopicRu is null ? null : new BilingualText(e.TopicKk, e.TopicRu, TextLanguage.Ru)))
            .ToArray();
        var conditions = (dto.Conditions ?? [])
            .Select(c => new StaffCondition(row.Enum<ConditionKind>(c.Kind, "conditions.kind"), row.Bilingual(c.TextKk, c.TextRu, "conditions.text", TextLanguage.Ru)))
            .ToArray();
        return new StaffRequirement(role, specialties, row.Positive(dto.MinCount ?? 1, "minCount"), experience, education, conditions);
    }
}
