namespace Joldama.Application.Law;

// The shapes of the files under data/law (documented in data/law/README.md). Plain DTOs: the
// loaders validate them into domain types, naming the file and row of any problem.
#pragma warning disable SA1402, CA1812

internal sealed record ActDto(
    string? Id, string? Number, string? Kind, string? TitleRu, string? TitleKk, string? AdoptedOn, string? RegisteredOn,
    string? InForceFrom, string? InForceBasis, string? Seed, string? Lines);

internal sealed record ListsFileDto(string? Act, string? Seed, List<ListTableDto>? Tables, List<ListRowDto>? Rows);

internal sealed record ListTableDto(int Table, string? TitleRu, string? TitleKk, string? Hospitalization, List<string>? Streams, string? Lines);

internal sealed record ListRowDto(int Table, int Row, string? Code, string? NameRu, string? NameKk, string? NameKkSource, bool OncologySubList, string? Lines);

internal sealed record ItemDto(
    int Item, string? Section, string? Code, string? NameKk, string? NameRu, string? Lines,
    string? StaffTextKk, string? StaffTextRu, List<StaffDto>? Staff,
    string? DevicesTextKk, string? DevicesTextRu, List<DeviceDto>? Devices, List<string>? Footnotes, string? CodeInferred = null);

internal sealed record StaffDto(string? Role, List<TextDto>? Specialties, int? MinCount, ExperienceDto? Experience, List<EducationDto>? Education, List<ConditionDto>? Conditions);

internal sealed record TextDto(string? Kk, string? Ru);

internal sealed record ExperienceDto(int? MinYears, string? Scope, string? WhereKk, string? WhereRu);

internal sealed record EducationDto(int? MinHours, int? WithinYears, string? TopicKk, string? TopicRu);

internal sealed record ConditionDto(string? Kind, string? TextKk, string? TextRu);

internal sealed record DeviceDto(string? NameKk, string? NameRu, int? MinCount);

internal sealed record FootnoteDto(string? Lines, string? TextKk, string? TextRu, List<CriterionDto>? Criteria);

internal sealed record CriterionDto(string? Kind, decimal Min, string? Unit);

internal sealed record OsmsFileDto(string? Act, string? Wording, string? InForceFrom, string? Seed, List<OsmsItemDto>? Items);

internal sealed record OsmsItemDto(string? Item, string? TextRu, string? TextKk, string? CoversHtmc, List<OsmsItemDto>? Subitems, string? Lines);
