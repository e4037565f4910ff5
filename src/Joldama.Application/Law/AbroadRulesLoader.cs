using System.Globalization;
using System.Text.Json;
using Joldama.Domain.Abroad;
using Joldama.Domain.Calendar;
using Joldama.Domain.Catalog;

namespace Joldama.Application.Law;

/// <summary>
/// Loads the law of treatment abroad (order МЗСР No. 544 as seeds 003 and 004 present it) from
/// <c>mzsr-544-2015/eligibility.json</c> and <c>mzsr-544-2015/schemes.json</c>. Fails with a
/// <see cref="LawDataException"/> naming the file and the row on anything missing, unknown or inconsistent —
/// including a scheme whose steps do not add up to its stated total.
/// </summary>
public static class AbroadRulesLoader
{
    public const string EligibilityFile = "mzsr-544-2015/eligibility.json";
    public const string SchemesFile = "mzsr-544-2015/schemes.json";

    /// <summary>The schemes the seeds give; both must be in the file.</summary>
    public static readonly string[] SchemeIds = ["current", "proposed"];

    public static AbroadLaw Load(string lawDirectory)
    {
        var eligibilityPath = Path.Combine(lawDirectory, EligibilityFile);
        var e = LawJson.Read<EligibilityDto>(eligibilityPath);
        var name = Path.GetFileName(eligibilityPath);

        var basisRow = new RowReader(name, "basis");
        var basisSources = (e.Basis ?? throw basisRow.Fail("missing")).Sources ?? throw basisRow.Fail("'sources' is missing");
        var basis = Quote(basisRow, basisSources.Count > 0 ? basisSources[0] : throw basisRow.Fail("'sources' is empty"), null);
        foreach (var s in basisSources)
        {
            Quote(basisRow, s, null);
        }

        var indications = Rows(name, "indications", e.Indications, (row, i) => Indication(row, i));
        Unique(name, "indications", indications.Select(i => i.Id));
        var categories = Rows(name, "categories", e.Categories, (row, c) => new AbroadCategoryRule(
            row.Enum<AbroadCategory>(c.Id, "id"),
            Text(row, c.TextKk, c.TextRu, c.Unofficial),
            c.AgeFrom,
            c.AgeBelow,
            Quote(row, c.Source, null),
            c.Note));
        Complete(name, "categories", categories.Select(c => c.Category), [AbroadCategory.Child, AbroadCategory.InjuredOnDuty]);
        var child = categories.First(c => c.Category == AbroadCategory.Child);
        if (child.AgeFrom is not >= 0 || child.AgeBelow is not { } below || below <= child.AgeFrom)
        {
            throw new RowReader(name, "categories child").Fail("'ageFrom' and 'ageBelow' must be set, 0 ≤ ageFrom < ageBelow");
        }

        var priorities = Rows(name, "priorityGroups", e.PriorityGroups, (row, p) => new AbroadPriorityRule(
            row.Enum<AbroadPriorityGroup>(p.Id, "id"), Text(row, p.TextKk, p.TextRu, p.Unofficial), Quote(row, p.Source, null)));
        Complete(name, "priorityGroups", priorities.Select(p => p.Group), Enum.GetValues<AbroadPriorityGroup>());
        var exclusions = Rows(name, "exclusions", e.Exclusions, (row, x) => new AbroadExclusionRule(
            row.Enum<AbroadExclusion>(x.Id, "id"), Text(row, x.TextKk, x.TextRu, x.Unofficial), Quote(row, x.Source, null)));
        Complete(name, "exclusions", exclusions.Select(x => x.Exclusion), Enum.GetValues<AbroadExclusion>());
        var documents = Rows(name, "requiredDocuments", e.RequiredDocuments, (row, d) => new AbroadRequiredDocument(
            row.Enum<AbroadDocument>(d.Id, "id"), Text(row, d.TextKk, d.TextRu, d.Unofficial), Quote(row, d.Source, null)));
        Unique(name, "requiredDocuments", documents.Select(d => d.Document.ToString()));

        var (schemes, active) = LoadSchemes(Path.Combine(lawDirectory, SchemesFile));
        return new AbroadLaw(basis, indications, categories, priorities, exclusions, documents, schemes, active);
    }

    private static (IReadOnlyList<AbroadScheme> Schemes, string Active) LoadSchemes(string path)
    {
        var name = Path.GetFileName(path);
        var dto = LawJson.Read<SchemesDto>(path);
        var head = new RowReader(name, "file");
        var seed = head.Text(dto.Seed, "seed");
        var schemes = Rows(name, "schemes", dto.Schemes, (row, s) => Scheme(name, seed, row, s));
        Unique(name, "schemes", schemes.Select(s => s.Id));
        foreach (var id in SchemeIds.Where(id => schemes.All(s => s.Id != id)))
        {
            throw head.Fail($"scheme '{id}' is missing");
        }

        var active = head.Text(dto.ActiveScheme, "activeScheme");
        return schemes.Any(s => s.Id == active)
            ? (schemes, active)
            : throw head.Fail($"'activeScheme' is '{active}', expected one of {string.Join(", ", schemes.Select(s => s.Id))}");
    }

    private static AbroadScheme Scheme(string file, string seed, RowReader row, SchemeDto s)
    {
        var id = row.Text(s.Id, "id");
        var steps = Rows(file, $"scheme {id} steps", s.Steps, (stepRow, step) => Step(seed, stepRow, step));
        var total = s.StatedTotal ?? throw row.Fail("'statedTotal' is missing");
        var scheme = new AbroadScheme(
            id,
            Text(row, s.TitleKk, s.TitleRu, TextLanguage.Kk),
            steps,
            new WorkingDays(row.Positive(total.WorkingDays, "statedTotal.workingDays")),
            Quote(row, total, seed),
            Quote(row, s.Source, seed),
            s.Note);
        if (!SchemeCheck.NumberedInOrder(scheme))
        {
            throw row.Fail($"scheme '{id}': steps are {string.Join(",", steps.Select(x => x.Number.ToString(CultureInfo.InvariantCulture)))}, expected 1 to {steps.Length} in order");
        }

        var sum = SchemeCheck.Sum(scheme);
        return sum.Matches
            ? scheme
            : throw row.Fail(string.Create(CultureInfo.InvariantCulture, $"scheme '{id}': the steps add up to {sum.StepsTotal.Value} working days, the stated total is {sum.Stated.Value}"));
    }

    private static AbroadStep Step(string seed, RowReader row, StepDto s)
    {
        var number = row.Positive(s.Step, "step");
        var at = new RowReader(row.File, string.Create(CultureInfo.InvariantCulture, $"{row.Row} step {number}"));
        return new AbroadStep(
            number,
            at.Enum<AbroadActor>(s.Actor, "actor"),
            s.To is null ? null : at.Enum<AbroadActor>(s.To, "to"),
            Text(at, s.DoesKk, s.DoesRu, TextLanguage.Kk),
            (s.Documents ?? throw at.Fail("'documents' is missing")).Select(d => at.Enum<AbroadDocument>(d, "documents")).ToArray(),
            Deadline(at, s.WorkingDays),
            Quote(at, new SourceDto(seed, s.Place, s.Lines, s.Quote), seed),
            s.Note);
    }

    /// <summary>A positive number of working days, or «—» for none.</summary>
    private static WorkingDays? Deadline(RowReader row, JsonElement? value) => value switch
    {
        { ValueKind: JsonValueKind.Number } n when n.TryGetInt32(out var days) && days > 0 => new WorkingDays(days),
        { ValueKind: JsonValueKind.String } t when t.GetString() == "—" => null,
        _ => throw row.Fail($"'workingDays' is {value?.GetRawText() ?? "missing"}, expected a positive number or \"—\""),
    };

    private static AbroadIndication Indication(RowReader row, IndicationDto i)
    {
        var id = row.Text(i.Id, "id");
        var at = new RowReader(row.File, $"indication {id}");
        var s003 = i.Seed003 is null ? null : new IndicationWording(at.Text(i.Seed003.Text, "seed003.text"), Quote(at, i.Seed003, null));
        var s004 = i.Seed004 is null ? null : new IndicationWording(at.Text(i.Seed004.Text, "seed004.text"), Quote(at, i.Seed004, null));
        if (s003 is null && s004 is null)
        {
            throw at.Fail("neither 'seed003' nor 'seed004'");
        }

        if ((s003 is null || s004 is null) && string.IsNullOrWhiteSpace(i.Note))
        {
            throw at.Fail("listed by one seed only, so 'note' must say why");
        }

        var ru = s003?.Text ?? at.Text(i.UnofficialRu, "unofficialRu");
        var kk = s004?.Text ?? at.Text(i.UnofficialKk, "unofficialKk");
        TextLanguage? unofficial = s003 is null ? TextLanguage.Ru : s004 is null ? TextLanguage.Kk : null;
        return new AbroadIndication(id, i.Transplantation ?? throw at.Fail("'transplantation' is missing"), s003, s004, new BilingualText(kk, ru, unofficial), i.Note);
    }

    private static BilingualText Text(RowReader row, string? kk, string? ru, string? unofficial) =>
        Text(row, kk, ru, unofficial is null ? null : row.Enum<TextLanguage>(unofficial, "unofficial"));

    private static BilingualText Text(RowReader row, string? kk, string? ru, TextLanguage? unofficial) => row.Bilingual(kk, ru, "text", unofficial);

    private static SeedQuote Quote(RowReader row, SourceDto? source, string? seed)
    {
        if (source is null)
        {
            throw row.Fail("'source' is missing");
        }

        var lines = row.Text(source.Lines, "lines");
        var parts = lines.Split('-');
        if (parts.Length != 2 || !int.TryParse(parts[0], CultureInfo.InvariantCulture, out var first) || !int.TryParse(parts[1], CultureInfo.InvariantCulture, out var last) || first < 1 || last < first)
        {
            throw row.Fail($"'lines' is '{lines}', expected a range 'first-last'");
        }

        return new SeedQuote(
            new SeedReference(row.Text(source.Seed ?? seed, "seed"), row.Text(source.Place, "place"), lines),
            row.Text(source.Quote, "quote"));
    }

    private static T[] Rows<TDto, T>(string file, string section, IReadOnlyList<TDto?>? rows, Func<RowReader, TDto, T> read)
        where TDto : class
    {
        if (rows is null || rows.Count == 0)
        {
            throw new RowReader(file, section).Fail("missing or empty");
        }

        return rows.Select((dto, i) =>
        {
            var row = new RowReader(file, string.Create(CultureInfo.InvariantCulture, $"{section}[{i}]"));
            return read(row, dto ?? throw row.Fail("null row"));
        }).ToArray();
    }

    private static void Unique(string file, string section, IEnumerable<string> ids)
    {
        if (ids.GroupBy(id => id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } duplicate)
        {
            throw new RowReader(file, section).Fail($"'{duplicate.Key}' appears twice");
        }
    }

    private static void Complete<T>(string file, string section, IEnumerable<T> found, IEnumerable<T> expected)
        where T : struct, Enum
    {
        var list = found.ToList();
        Unique(file, section, list.Select(v => v.ToString()));
        foreach (var missing in expected.Where(v => !list.Contains(v)))
        {
            throw new RowReader(file, section).Fail($"'{missing}' is missing");
        }
    }

    private sealed record EligibilityDto(
        string? Act, BasisDto? Basis, IReadOnlyList<IndicationDto?>? Indications, IReadOnlyList<CategoryDto?>? Categories,
        IReadOnlyList<TextRowDto?>? PriorityGroups, IReadOnlyList<TextRowDto?>? Exclusions, IReadOnlyList<TextRowDto?>? RequiredDocuments);

    private sealed record BasisDto(string? TextRu, string? TextKk, IReadOnlyList<SourceDto>? Sources);

    private record SourceDto(string? Seed, string? Place, string? Lines, string? Quote);

    private sealed record WordingDto(string? Seed, string? Place, string? Lines, string? Quote, string? Text) : SourceDto(Seed, Place, Lines, Quote);

    private sealed record IndicationDto(string? Id, bool? Transplantation, WordingDto? Seed003, WordingDto? Seed004, string? UnofficialKk, string? UnofficialRu, string? Note);

    private sealed record CategoryDto(string? Id, int? AgeFrom, int? AgeBelow, string? TextRu, string? TextKk, string? Unofficial, SourceDto? Source, string? Note);

    private sealed record TextRowDto(string? Id, string? TextKk, string? TextRu, string? Unofficial, SourceDto? Source);

    private sealed record SchemesDto(string? Act, string? Seed, string? ActiveScheme, IReadOnlyList<SchemeDto?>? Schemes);

    private sealed record SchemeDto(string? Id, string? TitleRu, string? TitleKk, SourceDto? Source, TotalDto? StatedTotal, IReadOnlyList<StepDto?>? Steps, string? Note);

    private sealed record TotalDto(int? WorkingDays, string? Place, string? Lines, string? Quote) : SourceDto(null, Place, Lines, Quote);

    private sealed record StepDto(
        int? Step, string? Actor, string? To, JsonElement? WorkingDays, string? DoesRu, string? DoesKk, IReadOnlyList<string>? Documents,
        string? Place, string? Lines, string? Quote, string? Note);
}
