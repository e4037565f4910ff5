using Joldama.Domain.Shared;

namespace Joldama.Application.Shared;

/// <summary>A field of a request has a value outside what it accepts.</summary>
public sealed record InputInvalid(string Field, string Value, string Expected)
    : ValidationError("input.invalid", $"'{Value}' is not a valid {Field}: expected {Expected}.")
{
    public override IReadOnlyDictionary<string, string> Args { get; init; } =
        new Dictionary<string, string> { ["field"] = Field, ["value"] = Value, ["expected"] = Expected };
}
