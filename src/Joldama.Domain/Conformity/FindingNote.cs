namespace Joldama.Domain.Conformity;

/// <summary>
/// One detail behind a finding, for the localized text: a specialist not counted and why, or devices out of order.
/// </summary>
/// <param name="Code">Stable: "staff.no_certificate", "staff.experience", "staff.education", "staff.radiation_permit",
/// "device.out_of_order".</param>
public sealed record FindingNote(string Code, IReadOnlyDictionary<string, string> Args);
