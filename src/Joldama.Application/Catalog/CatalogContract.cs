using Joldama.Domain.Catalog;

namespace Joldama.Application.Catalog;

// The JSON shape of the catalog, shared by the API and `joldama catalog export` (docs/catalog-export.md).
#pragma warning disable SA1402

public sealed record TextJson(string Kk, string Ru, string? Unofficial)
{
    public static TextJson From(BilingualText text) => new(text.Kk, text.Ru, text.Unofficial?.ToString().ToLowerInvariant());
}

public sealed record SourceJson(string Seed, string Place, string Lines)
{
    public static SourceJson From(SeedReference source) => new(source.Seed, source.Place, source.Lines);
}

public sealed record ActJson(string Id, string Number, TextJson Title, DateOnly? AdoptedOn, DateOnly? RegisteredOn, DateOnly? InForceFrom, string InForceBasis, string Seed)
{
    public static ActJson From(LegalAct act) =>
        new(act.Id, act.Number, TextJson.From(act.Title), act.AdoptedOn, act.RegisteredOn, act.InForceFrom, act.InForceBasis, act.Seed);
}

public sealed record ListRowJson(int Table, int Row, string Hospitalization, IReadOnlyList<string> Streams, bool OncologySubList, TextJson Name, string Act, SourceJson Source)
{
    public static ListRowJson From(ListEntry e) => new(
        e.List.Table, e.Row, e.List.Hospitalization.ToString().ToLowerInvariant(),
        e.List.Streams.Select(s => s.ToString().ToLowerInvariant()).ToArray(), e.OncologySubList, TextJson.From(e.Name), e.List.Act.Id, SourceJson.From(e.Source));
}

public sealed record ExperienceJson(int MinYears, string Scope, TextJson? Where);

public sealed record EducationJson(int? MinHours, int? WithinYears, TextJson? Topic);

public sealed record ConditionJson(string Kind, TextJson Text);

public sealed record StaffJson(string Role, IReadOnlyList<TextJson> Specialties, int MinCount, ExperienceJson? Experience, IReadOnlyList<EducationJson> Education, IReadOnlyList<ConditionJson> Conditions)
{
    public static StaffJson From(StaffRequirement s) => new(
        s.Role.ToString().ToLowerInvariant(),
        s.Specialties.Select(TextJson.From).ToArray(),
        s.MinCount,
        s.Experience is { } e ? new ExperienceJson(e.MinYears, e.Scope.ToString().ToLowerInvariant(), e.Where is null ? null : TextJson.From(e.Where)) : null,
        s.Education.Select(e => new EducationJson(e.MinHours, e.WithinYears, e.Topic is null ? null : TextJson.From(e.Topic))).ToArray(),
        s.Conditions.Select(c => new ConditionJson(c.Kind.ToString().ToLowerInvariant(), TextJson.From(c.Text))).ToArray());
}

public sealed record DeviceJson(TextJson Name, int MinCount);

public sealed record CharacteristicJson(
    int Item, string Section, TextJson Name, TextJson StaffText, IReadOnlyList<StaffJson> Staff,
    TextJson DevicesText, IReadOnlyList<DeviceJson> Devices, IReadOnlyList<string> Footnotes, string Act, SourceJson Source, string? CodeInferred)
{
    public static CharacteristicJson From(Characteristic c) => new(
        c.Item, c.Section.ToString().ToLowerInvariant(), TextJson.From(c.Name), TextJson.From(c.StaffText),
        c.Staff.Select(StaffJson.From).ToArray(), TextJson.From(c.DevicesText),
        c.Devices.Select(d => new DeviceJson(TextJson.From(d.Name), d.MinCount)).ToArray(), c.Footnotes, c.Act.Id, SourceJson.From(c.Source), c.CodeInferred);
}

public sealed record CodeJson(string Code, TextJson Name, IReadOnlyList<ListRowJson> Lists, IReadOnlyList<CharacteristicJson> Characteristics, IReadOnlyList<string> Acts)
{
    public static CodeJson From(CodeView view) => new(
        view.Code.Value, TextJson.From(view.Name), view.Lists.Select(ListRowJson.From).ToArray(),
        view.Characteristics.Select(CharacteristicJson.From).ToArray(), view.Acts.Select(a => a.Id).ToArray());
}

/// <summary>A search hit: enough for a result list, without the characteristics.</summary>
public sealed record CodeSummaryJson(string Code, TextJson Name, IReadOnlyList<string> Tables, bool HasCharacteristics)
{
    public static CodeSummaryJson From(CodeView view) => new(
        view.Code.Value, TextJson.From(view.Name),
        view.Lists.Select(l => l.OncologySubList ? $"{l.List.Table}-oncology" : l.List.Table.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray(),
        view.Characteristics.Count > 0);
}

public sealed record FootnoteJson(string Id, TextJson Text, IReadOnlyList<FootnoteCriterion> Criteria, SourceJson Source);

public sealed record OsmsItemJson(string Item, TextJson Text, string? Covers, string Act, SourceJson Source);

public sealed record CatalogExportJson(
    string Schema, IReadOnlyList<ActJson> Acts, IReadOnlyList<CodeJson> Codes, IReadOnlyList<FootnoteJson> Footnotes, IReadOnlyList<OsmsItemJson> OsmsScope)
{
    public const string SchemaId = "joldama-catalog/1";

    public static CatalogExportJson From(HtmcCatalog catalog) => new(
        SchemaId,
        catalog.Acts.Select(ActJson.From).ToArray(),
        catalog.Codes.Select(code => CodeJson.From(catalog.Get(code).Value)).ToArray(),
        catalog.Footnotes.Select(f => new FootnoteJson(f.Id, TextJson.From(f.Text), f.Criteria, SourceJson.From(f.Source))).ToArray(),
        catalog.OsmsScope.Select(i => new OsmsItemJson(i.Item, TextJson.From(i.Text), i.Covers?.ToString(), i.Act.Id, SourceJson.From(i.Source))).ToArray());
}
