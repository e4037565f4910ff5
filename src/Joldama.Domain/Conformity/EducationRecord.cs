namespace Joldama.Domain.Conformity;

/// <summary>
/// A completed continuing-education course (seed 001, Appendix 2: «… біліктілікті арттыру туралы куәлік»).
/// </summary>
/// <param name="Topic">As written on the certificate; matched loosely to a requirement's topic.</param>
public sealed record EducationRecord(int Hours, string Topic, DateOnly CompletedOn);
