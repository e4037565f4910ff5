using Joldama.Domain.Shared;

namespace Joldama.Domain.Catalog;

public sealed record CodeMalformed(string Text)
    : ValidationError("catalog.code_malformed", $"'{Text}' is not an HTMC code: expected two digits, a dot and one to four digits, e.g. 35.21.")
{
    public override IReadOnlyDictionary<string, string> Args { get; init; } = new Dictionary<string, string> { ["code"] = Text };
}

public sealed record CodeUnknown(HtmcCode Unknown)
    : NotFoundError("catalog.code_unknown", $"Code {Unknown} is on no HTMC list and has no characteristics.")
{
    public override IReadOnlyDictionary<string, string> Args { get; init; } = new Dictionary<string, string> { ["code"] = Unknown.Value };
}

public sealed record SearchQueryEmpty()
    : ValidationError("catalog.query_empty", "A search needs at least one letter or digit.");

public sealed record SearchQueryTooLong(int Length, int Max)
    : ValidationError("catalog.query_too_long", $"A search query of {Length} characters is longer than {Max}.")
{
    public override IReadOnlyDictionary<string, string> Args { get; init; } =
        new Dictionary<string, string> { ["max"] = Max.ToString(System.Globalization.CultureInfo.InvariantCulture) };
}
