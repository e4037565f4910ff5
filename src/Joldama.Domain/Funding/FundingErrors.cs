using System.Globalization;
using Joldama.Domain.Shared;

namespace Joldama.Domain.Funding;

public sealed record NoListInForce(DateOnly Date)
    : RuleViolation("funding.no_list_in_force", $"No list of HTMC types known to Joldama was in force on {Date:yyyy-MM-dd}.")
{
    public override IReadOnlyDictionary<string, string> Args { get; init; } =
        new Dictionary<string, string> { ["date"] = Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
}
