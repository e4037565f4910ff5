namespace Joldama.Domain.Conformity;

/// <summary>
/// Organization-level facts the IVF footnote (*) of seed 001 Appendix 2 asks about: at least 3 years in IVF,
/// at least 300 treatment cycles a year, a pregnancy rate per embryo transfer of at least 33 %, a birth rate per
/// transfer of at least 25 %.
/// </summary>
public sealed record OrganizationFacts(decimal YearsInIvf, decimal CyclesPerYear, decimal PregnancyRatePercent, decimal BirthRatePercent);
