using Joldama.Domain.Shared;

namespace Joldama.Application.Organizations;

public sealed record OrganizationNotFound(Guid Id)
    : NotFoundError("organization.not_found", $"Organization {Id} not found.");

public sealed record RegionUnknown(string Code)
    : ValidationError("organization.region_unknown", $"'{Code}' is not a region of Kazakhstan known to Joldama.")
{
    public override IReadOnlyDictionary<string, string> Args { get; init; } = new Dictionary<string, string> { ["region"] = Code };
}

public sealed record OrganizationDuplicate(string Bin)
    : ConflictError("organization.duplicate", $"An organization with BIN {Bin} already exists.")
{
    public override IReadOnlyDictionary<string, string> Args { get; init; } = new Dictionary<string, string> { ["bin"] = Bin };
}

public sealed record ImportRejected(IReadOnlyList<ImportRowError> Rows)
    : ValidationError("import.rejected", $"The file has {Rows.Count} row error(s); nothing was imported.")
{
    public override IReadOnlyDictionary<string, string> Args { get; init; } =
        new Dictionary<string, string> { ["count"] = Rows.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) };
}

public sealed record ImportTooLarge(long Bytes, long MaxBytes)
    : ValidationError("import.too_large", $"The file has {Bytes} bytes; at most {MaxBytes} are accepted.")
{
    public override IReadOnlyDictionary<string, string> Args { get; init; } =
        new Dictionary<string, string> { ["max"] = MaxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture) };
}

/// <summary>One row of an import that was refused, with the error of that row and, where known, the CSV column at fault.</summary>
public sealed record ImportRowError(int Line, Error Error, string? Field = null);
