namespace Joldama.Application.Conformity.Printing;

/// <summary>
/// What the conclusion form of seed 001 Appendix 3 shows, already in the language it is printed in:
/// the organization, the HTMC type, one row per criterion (staff, devices, then footnote criteria),
/// the overall conclusion, its validity (§26) and the head's signature (§27).
/// </summary>
public sealed record ConclusionPrint(
    string Number,
    string OrganizationName,
    string OrganizationBin,
    string DepartmentName,
    string Code,
    string HtmcName,
    IReadOnlyList<ConclusionPrintRow> StaffRows,
    IReadOnlyList<ConclusionPrintRow> DeviceRows,
    IReadOnlyList<ConclusionPrintRow> OtherRows,
    bool Positive,
    DateOnly? ValidFrom,
    DateOnly? ValidTo,
    string SignedByName,
    DateOnly SignedOn,
    string? ReissueBasis);

/// <summary>One criterion of the form: what was asked, compliant or not, and the justification (required when not compliant).</summary>
public sealed record ConclusionPrintRow(string Criterion, bool Compliant, string? Justification);
