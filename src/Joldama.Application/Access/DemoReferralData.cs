using Joldama.Data.Conformity;
using Joldama.Data.Organizations;
using Joldama.Data.Patients;
using Joldama.Domain.Conformity.Workflow;
using Joldama.Domain.Identifiers;
using Joldama.Domain.Patients;
using Joldama.Domain.Shared;

namespace Joldama.Application.Access;

/// <summary>
/// What a demo referral needs: the demo patients on record (the IINs the patient logins sign in with) and a signed,
/// valid conclusion for code 35.21 (aortic valve replacement) at two providers — so that the clinic can offer the patient a choice (§31 ¶2).
/// </summary>
internal static class DemoReferralData
{
    public const string Code = "35.21";

    public static PatientRecord Patient(string iin, string lastName, string firstName, string phone, Organization clinic, DateTimeOffset now)
    {
        var parsed = Iin.Parse(iin).Value;
        return new PatientRecord
        {
            Id = Guid.NewGuid(), Iin = iin, LastName = lastName, FirstName = firstName, BirthDate = parsed.BirthDate, Sex = parsed.Sex, Phone = phone,
            Email = null, Language = "kk", AttachmentOrganizationId = clinic.Id, RegionCode = clinic.RegionCode,
            InsuranceStatus = InsuranceStatus.Insured, InsuranceCheckedOn = KazakhstanTime.ToKazakhstanDate(now), CreatedAt = now, UpdatedAt = now,
        };
    }

    /// <summary>A concluded application with one positive conclusion for <paramref name="code"/>, signed a month ago, valid five years.</summary>
    public static (ConformityApplicationRecord Application, ConclusionRecord Conclusion) Conclusion(Organization provider, Guid signer, DateOnly today, string code = Code)
    {
        var signedOn = DateOnly.FromDayNumber(today.DayNumber - 30);
        var filedAt = KazakhstanTime.StartOfDay(DateOnly.FromDayNumber(today.DayNumber - 40)).AddHours(10);
        var signedAt = KazakhstanTime.StartOfDay(signedOn).AddHours(11); // the moment agrees with the date signed
        var item = new ConformityApplicationItemRecord { Id = Guid.NewGuid(), Code = code, EvaluatedOn = signedOn };
        var application = new ConformityApplicationRecord
        {
            Id = Guid.NewGuid(), Number = "A-DEMO-" + provider.Bin[^4..] + Suffix(code), OrganizationId = provider.Id, RegionCode = provider.RegionCode, ForYear = today.Year,
            Kind = ApplicationKind.FirstTime, FiledBy = signer, FiledAt = filedAt, ReceivedOn = signedOn, ReviewDueOn = signedOn,
            Status = ApplicationStatus.Concluded, SignedBy = signer, SignedAt = signedAt, Items = [item],
        };
        var conclusion = new ConclusionRecord
        {
            Id = Guid.NewGuid(), Number = "C-DEMO-" + provider.Bin[^4..] + Suffix(code), ApplicationId = application.Id, ItemId = item.Id, OrganizationId = provider.Id,
            RegionCode = provider.RegionCode, Code = code, Positive = true, ValidFrom = signedOn, ValidTo = signedOn.AddYears(5), Status = ConclusionStatus.Valid,
            SignedBy = signer, SignedByName = "Бекмұратов Қайрат Асқарұлы", SignedAt = signedAt, SignedOn = signedOn, FundCopyAt = signedAt,
        };
        return (application, conclusion);
    }

    // The demo's own code keeps its number; conclusions the data generator adds for other codes carry the code.
    private static string Suffix(string code) => code == Code ? string.Empty : "-" + code;
}
