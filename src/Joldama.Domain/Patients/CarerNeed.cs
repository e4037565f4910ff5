namespace Joldama.Domain.Patients;

/// <summary>
/// Ch. 2 §11–12 (seed 001): a child under five is hospitalized with the mother or another carer, who gets a free bed;
/// an older patient may need a carer by the doctor's decision (the flag on the case).
/// </summary>
public static class CarerNeed
{
    /// <summary>Whether the patient, born on <paramref name="birthDate"/>, is under five on <paramref name="on"/>.</summary>
    public static bool IsUnderFive(DateOnly birthDate, DateOnly on) => on < birthDate.AddYears(5);

    /// <summary>A carer is needed for a child under five, or when the doctor says so.</summary>
    public static bool Needed(DateOnly? birthDate, DateOnly on, bool doctorSaysSo) =>
        doctorSaysSo || (birthDate is { } born && IsUnderFive(born, on));
}
