namespace Joldama.Domain.Conformity;

/// <summary>
/// A specialist's certificate in a specialty (seed 001, Appendix 2: «… мамандығы бойынша сертификаты бар»).
/// It counts on a date when <paramref name="ValidFrom"/> ≤ date ≤ <paramref name="ValidTo"/>, both inclusive.
/// </summary>
/// <param name="Specialty">As written on the certificate; matched to a requirement's specialty in kk or ru, ignoring case and extra spaces.</param>
public sealed record SpecialtyCertificate(string Specialty, string Number, DateOnly ValidFrom, DateOnly ValidTo)
{
    /// <summary>Whether the certificate is valid on <paramref name="on"/> (both ends inclusive).</summary>
    public bool ValidOn(DateOnly on) => ValidFrom <= on && on <= ValidTo;
}
