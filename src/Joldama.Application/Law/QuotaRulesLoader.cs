using System.Globalization;
using Joldama.Domain.Catalog;
using Joldama.Domain.Patients;
using Joldama.Domain.Quotas;

namespace Joldama.Application.Law;

/// <summary>
/// Loads the quotas for vulnerable groups (seed 001 §19: the two paragraphs, their groups and limits) and the configured
/// pandemic periods from <c>dsm-238-2020/quota-rules.json</c>. Any problem stops start-up with a <see cref="LawDataException"/>.
/// </summary>
public static class QuotaRulesLoader
{
    public const string File = "dsm-238-2020/quota-rules.json";

    public static QuotaRules Load(string lawDirectory)
    {
        var path = Path.Combine(lawDirectory, File);
        var name = Path.GetFileName(path);
        var dto = LawJson.Read<QuotaFileDto>(path);
        var head = new RowReader(name, "file");
        head.Text(dto.Act, "act");
        var seed = head.Text(dto.Seed, "seed");
        var normal = Paragraph(name, seed, "normal", QuotaMode.Normal, dto.Normal, [QuotaLevel.Republican, QuotaLevel.Other]);
        var pandemic = Paragraph(name, seed, "pandemic", QuotaMode.Pandemic, dto.Pandemic, [QuotaLevel.Scientific, QuotaLevel.CityOrRegional]);
        return new QuotaRules(normal, pandemic, Periods(name, dto.PandemicPeriods ?? throw head.Fail("'pandemicPeriods' is missing (use [] for none)")));
    }

    private static QuotaParagraph Paragraph(string file, string seed, string field, QuotaMode mode, ParagraphDto? dto, QuotaLevel[] levels)
    {
        var row = new RowReader(file, field);
        if (dto is null)
        {
            throw row.Fail("missing");
        }

        var place = row.Text(dto.Place, "place");
        var groups = new List<QuotaGroup>();
        foreach (var (g, i) in (dto.Groups ?? throw row.Fail("'groups' is missing")).Select((g, i) => (g, i)))
        {
            var groupRow = new RowReader(file, $"{field} group {i + 1} ({g.Group})");
            var group = groupRow.Enum<VulnerableGroup>(g.Group, "group");
            if (groups.Exists(x => x.Group == group))
            {
                throw groupRow.Fail($"group {group} appears twice");
            }

            groups.Add(new QuotaGroup(group, groupRow.Text(g.WordingKk, "wordingKk"), string.IsNullOrWhiteSpace(g.Note) ? null : g.Note.Trim(),
                new SeedReference(seed, place, Lines(groupRow, g.Lines))));
        }

        if (groups.Count == 0)
        {
            throw row.Fail("'groups' is empty");
        }

        var limits = new List<QuotaLimit>();
        foreach (var l in dto.Limits ?? throw row.Fail("'limits' is missing"))
        {
            var limitRow = new RowReader(file, $"{field} limit '{l.Level}'");
            var level = limitRow.Enum<QuotaLevel>(l.Level, "level");
            if (!levels.Contains(level))
            {
                throw limitRow.Fail($"level {level} does not belong to this paragraph; expected {string.Join(", ", levels)}");
            }

            if (limits.Exists(x => x.Level == level))
            {
                throw limitRow.Fail($"level {level} appears twice");
            }

            if (l.Percent is not (>= 1 and <= 100))
            {
                throw limitRow.Fail(string.Create(CultureInfo.InvariantCulture, $"'percent' is {l.Percent?.ToString(CultureInfo.InvariantCulture) ?? "missing"}, expected 1 to 100"));
            }

            limitRow.Text(l.WordsKk, "wordsKk");
            limits.Add(new QuotaLimit(level, l.Percent.Value, limitRow.Bilingual(l.OrganizationsKk, l.OrganizationsRu, "organizations", TextLanguage.Ru),
                new SeedReference(seed, place, Lines(limitRow, l.Lines))));
        }

        foreach (var missing in levels.Where(level => !limits.Exists(l => l.Level == level)))
        {
            throw row.Fail($"no limit for level {missing}");
        }

        return new QuotaParagraph(mode, groups, limits, new SeedReference(seed, place, Lines(row, dto.Lines)));
    }

    private static List<PandemicPeriod> Periods(string file, List<PeriodDto> dtos)
    {
        var periods = new List<PandemicPeriod>();
        foreach (var (p, i) in dtos.Select((p, i) => (p, i)))
        {
            var row = new RowReader(file, $"pandemicPeriods {i + 1} ({p.From}–{p.To})");
            var period = new PandemicPeriod(row.Date(p.From, "from"), row.Date(p.To, "to"), row.Text(p.Basis, "basis"));
            if (period.To < period.From)
            {
                throw row.Fail("'to' is before 'from'");
            }

            if (periods.Find(q => q.From <= period.To && period.From <= q.To) is { } other)
            {
                throw row.Fail(string.Create(CultureInfo.InvariantCulture, $"overlaps the period {other.From:yyyy-MM-dd}–{other.To:yyyy-MM-dd}"));
            }

            periods.Add(period);
        }

        return periods.OrderBy(p => p.From).ToList();
    }

    /// <summary>A line range "first-last" with first ≤ last.</summary>
    private static string Lines(RowReader row, string? lines)
    {
        var text = row.Text(lines, "lines");
        var parts = text.Split('-');
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var first)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var last)
            && first >= 1 && first <= last
            ? text
            : throw row.Fail($"'lines' is '{text}', expected a range first-last");
    }

    private sealed record QuotaFileDto(string? Act, string? Seed, ParagraphDto? Normal, ParagraphDto? Pandemic, List<PeriodDto>? PandemicPeriods);

    private sealed record ParagraphDto(string? Place, string? Lines, string? ConditionKk, List<GroupDto>? Groups, List<LimitDto>? Limits);

    private sealed record GroupDto(string? Group, string? WordingKk, string? Lines, string? Note);

    private sealed record LimitDto(string? Level, int? Percent, string? OrganizationsKk, string? OrganizationsRu, string? WordsKk, string? Lines);

    private sealed record PeriodDto(string? From, string? To, string? Basis);
}
