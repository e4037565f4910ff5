using System.Net;
using Joldama.Data;
using Joldama.Data.Patients;
using Joldama.Data.Referrals;
using Joldama.Domain.Access;
using Joldama.Domain.Organizations;
using Joldama.Domain.Patients;
using Joldama.Domain.Referrals;
using Joldama.Domain.Referrals.Package;
using Joldama.Web.Tests.Access;
using Microsoft.EntityFrameworkCore;

namespace Joldama.Web.Tests.Referrals;

/// <summary>
/// Referral cases for the access matrix, written straight into the database once per app: in each region a case of the
/// region's demo patient from its clinic, registered to the region's provider (§36); in karaganda also an in-patient case
/// (§40) sent to the commission by the karaganda hospital for a patient attached in pavlodar. Each case holds one document.
/// The reach rules are written out here from the issue — the clinic its patients', the hospital those it sent, the
/// commission its region's (not drafts), the provider those registered to it, the patient only their own — never asked
/// of the code under test.
/// </summary>
internal static class ReferralMatrixData
{
    private const string Marker = "MATRIX-";
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public sealed record Case(
        Guid Id, Guid DocumentId, Guid PatientId, string PatientIin, Guid Sender, Guid Attachment, Guid? Provider, string Region, ReferralState State, bool Registered);

    public sealed record Data(IReadOnlyList<Case> Cases)
    {
        public Guid DocumentOf(Guid? caseId) => Cases.Single(c => c.Id == caseId).DocumentId;

        public Guid KaragandaPatient => Cases.First(c => c.Region == DemoApp.Region && c.PatientIin == DemoApp.PatientIin).PatientId;

        /// <summary>A patient the caller may refer without widening its reach: the clinic its attached one, the hospital the one it already referred.</summary>
        public Guid PatientFor(Session? caller) => caller?.Role == Role.HospitalPhysician
            ? Cases.Single(c => c.Sender == caller.OrganizationId).PatientId
            : KaragandaPatient;

        public Guid KaragandaClinic => Cases.First(c => c.Region == DemoApp.Region && c.PatientIin == DemoApp.PatientIin).Attachment;
    }

    public static async Task<Data> EnsureAsync(DemoApp app)
    {
        await Gate.WaitAsync();
        try
        {
            await using var db = app.Db();
            if (!await db.ReferralCases.AnyAsync(c => c.ReferralNumber != null && c.ReferralNumber.StartsWith(Marker)))
            {
                await SeedAsync(db);
            }

            var cases = await db.ReferralCases.AsNoTracking().Where(c => c.HtmcCode == "37.94" && c.Diagnosis == Marker).ToListAsync();
            var rows = new List<Case>();
            foreach (var c in cases)
            {
                var document = await db.ReferralDocuments.Where(d => d.CaseId == c.Id).Select(d => d.Id).SingleAsync();
                var iin = await db.Patients.Where(p => p.Id == c.PatientId).Select(p => p.Iin).SingleAsync();
                rows.Add(new Case(c.Id, document, c.PatientId, iin, c.SenderOrganizationId, c.AttachmentOrganizationId, c.ProviderOrganizationId, c.RegionCode,
                    c.State, c.ReferralNumber is not null));
            }

            return new Data([.. rows.OrderBy(r => r.Region, StringComparer.Ordinal).ThenBy(r => r.State)]);
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>One expectation per case: 401, 403 without the permission, 404 outside reach, then <see cref="Rule.Success"/>.</summary>
    public static IEnumerable<(Guid? Target, HttpStatusCode Status)> CaseExpectations(Rule rule, Session? caller, Data data)
    {
        foreach (var c in data.Cases)
        {
            yield return (c.Id, caller is null ? HttpStatusCode.Unauthorized
                : !Grants(caller.Role, rule.Permission!.Value) ? HttpStatusCode.Forbidden
                : !Reaches(caller, c) ? HttpStatusCode.NotFound
                : rule.Acting && !Acts(caller.Role) ? HttpStatusCode.Forbidden // sees the case, makes no step in it
                : rule.Success);
        }
    }

    /// <summary>One expectation per patient of the cases: the clinic its attached patients, the hospital those it referred.</summary>
    public static IEnumerable<(Guid? Target, HttpStatusCode Status)> PatientExpectations(Rule rule, Session? caller, Data data)
    {
        foreach (var patient in data.Cases.GroupBy(c => c.PatientId))
        {
            yield return (patient.Key, caller is null ? HttpStatusCode.Unauthorized
                : !Grants(caller.Role, rule.Permission!.Value) ? HttpStatusCode.Forbidden
                : caller.Role switch
                {
                    Role.PrimaryCareClinician => patient.First().Attachment == caller.OrganizationId,
                    Role.HospitalPhysician => patient.Any(c => c.Sender == caller.OrganizationId),
                    _ => false,
                } ? rule.Success : HttpStatusCode.NotFound);
        }
    }

    public static string? Describe(Data data, Guid id) =>
        data.Cases.FirstOrDefault(c => c.Id == id) is { } c ? $"referral {c.State} in {c.Region}"
        : data.Cases.FirstOrDefault(c => c.PatientId == id) is { } p ? $"patient {p.PatientIin[..2]}… attached in {p.Region}"
        : null;

    private static bool Reaches(Session caller, Case c) => caller.Role switch
    {
        Role.PrimaryCareClinician => c.Sender == caller.OrganizationId || (c.Attachment == caller.OrganizationId && c.State != ReferralState.Draft),
        Role.HospitalPhysician => c.Sender == caller.OrganizationId,
        Role.CommissionMember or Role.CommissionSecretary or Role.RegionalAnalyst => c.Region == caller.Region && c.State != ReferralState.Draft,
        Role.ProviderAdmissionOfficer => c.Provider == caller.OrganizationId && c.Registered,
        Role.Patient => c.PatientIin == (caller.Login == "patient" ? DemoApp.PatientIin : DemoApp.SecondPatientIin) && c.State != ReferralState.Draft,
        _ => false,
    };

    /// <summary>Roles that act in the workflow: they prepare, decide or handle referrals.</summary>
    private static bool Acts(Role role) =>
        Grants(role, Permission.PrepareReferrals) || Grants(role, Permission.DecideReferrals) || Grants(role, Permission.HandleReferrals);

    private static bool Grants(Role role, Permission permission) => Roles.Of(role).Permissions.Contains(permission);

    private static async Task SeedAsync(JoldamaDbContext db)
    {
        var organizations = await db.Organizations.AsNoTracking().ToListAsync();
        Guid Org(string region, OrganizationKind kind) => organizations.Single(o => o.RegionCode == region && o.Kind == kind && o.Level == OrganizationLevel.Regional).Id;
        var now = TimeProvider.System.GetUtcNow();
        foreach (var (region, iin) in new[] { (DemoApp.Region, DemoApp.PatientIin), (DemoApp.SecondRegion, DemoApp.SecondPatientIin) })
        {
            var patient = await db.Patients.AsNoTracking().SingleAsync(p => p.Iin == iin);
            var clinic = Org(region, OrganizationKind.PrimaryCare);
            Add(db, NewCase(patient.Id, ReferralRoute.Outpatient, clinic, clinic, region, Org(region, OrganizationKind.HtmcProvider), ReferralState.Registered, Marker + region, now));
        }

        // §40: the karaganda hospital refers a patient attached in pavlodar; the case waits for the karaganda commission.
        var inpatient = new PatientRecord
        {
            Id = Guid.NewGuid(), Iin = Fresh.Iin(), LastName = "Матрица", FirstName = "Стационар", Language = "ru",
            AttachmentOrganizationId = Org(DemoApp.SecondRegion, OrganizationKind.PrimaryCare), RegionCode = DemoApp.SecondRegion,
            InsuranceStatus = InsuranceStatus.Insured, CreatedAt = now, UpdatedAt = now,
        };
        db.Patients.Add(inpatient);
        Add(db, NewCase(inpatient.Id, ReferralRoute.Inpatient, Org(DemoApp.Region, OrganizationKind.HtmcProvider), inpatient.AttachmentOrganizationId,
            DemoApp.Region, null, ReferralState.SentToCommission, null, now));
        await db.SaveChangesAsync();
    }

    private static ReferralCaseRecord NewCase(
        Guid patient, ReferralRoute route, Guid sender, Guid attachment, string region, Guid? provider, ReferralState state, string? number, DateTimeOffset now) => new()
        {
            Id = Guid.NewGuid(), PatientId = patient, Route = route, SenderOrganizationId = sender, AttachmentOrganizationId = attachment, RegionCode = region,
            HtmcCode = "37.94", Diagnosis = Marker, SpecialistConclusion = Marker, FundingStream = "osms", FundingCovered = true, FundingExplanationKk = Marker, FundingExplanationRu = Marker,
            OfferedProviderIds = provider is { } p ? [p] : [], ProviderOrganizationId = provider, State = state, StateSince = now, ReferralNumber = number,
            CreatedAt = now, CreatedByUserId = Guid.NewGuid(),
        };

    private static void Add(JoldamaDbContext db, ReferralCaseRecord record)
    {
        var document = new ReferralDocumentRecord
        {
            Id = Guid.NewGuid(), CaseId = record.Id, Kind = PackageDocumentKind.IdentityDocument, FileName = "matrix.pdf", MediaType = "application/pdf",
            Size = ReferralApi.Pdf.Length, Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(ReferralApi.Pdf)), UploadedAt = record.CreatedAt,
        };
        db.ReferralCases.Add(record);
        db.ReferralDocuments.Add(document);
        db.ReferralDocumentContents.Add(new ReferralDocumentContent { DocumentId = document.Id, Bytes = ReferralApi.Pdf });
    }
}
