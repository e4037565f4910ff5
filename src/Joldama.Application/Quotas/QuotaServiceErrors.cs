using System.Globalization;
using Joldama.Domain.Shared;

namespace Joldama.Application.Quotas;

/// <summary>A new period of an organization's planned volume overlaps one it already has: a date must pick one volume.</summary>
public sealed record QuotaPeriodOverlaps(DateOnly From, DateOnly To)
    : ConflictError("quota.period_overlaps", string.Create(CultureInfo.InvariantCulture, $"The organization already has a planned volume for {From:yyyy-MM-dd}–{To:yyyy-MM-dd}."))
{
    public override IReadOnlyDictionary<string, string> Args { get; init; } = new Dictionary<string, string>
    {
        ["from"] = From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["to"] = To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };
}

/// <summary>A new pandemic period overlaps one already declared (in the system or in the law data file).</summary>
public sealed record PandemicPeriodOverlaps(DateOnly From, DateOnly To)
    : ConflictError("quota.pandemic_overlaps", string.Create(CultureInfo.InvariantCulture, $"A pandemic period {From:yyyy-MM-dd}–{To:yyyy-MM-dd} is already declared."))
{
    public override IReadOnlyDictionary<string, string> Args { get; init; } = new Dictionary<string, string>
    {
        ["from"] = From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["to"] = To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };
}

/// <summary>No quota period with this id within the caller's reach (404, not 403).</summary>
public sealed record QuotaPeriodNotFound(Guid Id)
    : NotFoundError("quota.period_not_found", $"No quota period {Id} within reach.");
