using System.Net;
using Joldama.Data;
using Joldama.Data.Abroad;
using Joldama.Domain.Abroad;
using Joldama.Domain.Abroad.Cases;
using Joldama.Domain.Access;
using Joldama.Domain.Organizations;
using Joldama.Web.Tests.Access;
using Joldama.Web.Tests.Referrals;
using Microsoft.EntityFrameworkCore;

namespace Joldama.Web.Tests.Abroad;

/// <summary>
/// Abroad cases for the access matrix, written straight into the database once per app: in each region a contracted
/// (closed) case of the region's demo patient sent by its clinic, with one document and one offer, and one session. A
/// closed case refuses every change (409), so the matrix's sample requests never alter them. Reach is written out here
/// from the rule: the sending organization its own, the region's health department its region's, the ministry's
/// parties and the working body all; patients only through the cabinet.
/// </summary>
internal static class AbroadMatrixData
{
    private const string Marker = "MATRIX-ABROAD";
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public sealed record Case(Guid Id, Guid DocumentId, Guid OfferId, Guid Sender, string Region);

    public sealed record Data(IReadOnlyList<Case> Cases, Guid SessionId)
    {
        public Case Of(Guid? id) => Cases.Single(c => c.Id == id);
    }

    public static async Task<Data> EnsureAsync(DemoApp app)
    {
        await Gate.WaitAsync();
        try
        {
            await using var db = app.Db();
            if (!await db.AbroadCases.AnyAsync(c => c.Diagnosis == Marker))
            {
                await SeedAsync(db);
            }

            var cases = await db.AbroadCases.AsNoTracking().Where(c => c.Diagnosis == Marker).OrderBy(c => c.RegionCode).ToListAsync();
            var rows = new List<Case>();
            foreach (var c in cases)
            {
                rows.Add(new Case(c.Id, await db.AbroadDocuments.Where(d => d.CaseId == c.Id).Select(d => d.Id).SingleAsync(),
                    await db.AbroadOffers.Where(o => o.CaseId == c.Id).Select(o => o.Id).SingleAsync(), c.SenderOrganizationId, c.RegionCode));
            }

            return new Data(rows, cases[0].SessionId!.Value);
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>401, 403 without the permission, 404 outside reach, then the rule's status.</summary>
    public static IEnumerable<(Guid? Target, HttpStatusCode Status)> CaseExpectations(Rule rule, Session? caller, Data data)
    {
        foreach (var c in data.Cases)
        {
            yield return (c.Id, caller is null ? HttpStatusCode.Unauthorized
                : !Roles.Of(caller.Role).Permissions.Contains(rule.Permission!.Value) ? HttpStatusCode.Forbidden
                : !Reaches(caller, c) ? HttpStatusCode.NotFound
                : rule.Success);
        }
    }

    public static string? Describe(Data data, Guid id) => data.Cases.FirstOrDefault(c => c.Id == id) is { } c ? $"abroad case in {c.Region}" : null;

    private static bool Reaches(Session caller, Case c) => Roles.Of(caller.Role).Reach switch
    {
        RoleReach.Country => true,
        RoleReach.Region => c.Region == caller.Region,
        RoleReach.Organization => c.Sender == caller.OrganizationId,
        _ => false,
    };

    private static async Task SeedAsync(JoldamaDbContext db)
    {
        var organizations = await db.Organizations.AsNoTracking().ToListAsync();
        var now = TimeProvider.System.GetUtcNow();
        var session = new AbroadSessionRecord { Id = Guid.NewGuid(), Date = new DateOnly(2026, 1, 15), Kind = CommissionSessionKind.Regular, CreatedAt = now };
        db.AbroadSessions.Add(session);
        foreach (var (region, iin) in new[] { (DemoApp.Region, DemoApp.PatientIin), (DemoApp.SecondRegion, DemoApp.SecondPatientIin) })
        {
            var patient = await db.Patients.AsNoTracking().SingleAsync(p => p.Iin == iin);
            var clinic = organizations.Single(o => o.RegionCode == region && o.Kind == OrganizationKind.PrimaryCare).Id;
            var id = Guid.NewGuid();
            var offer = new AbroadOfferRecord
            {
                Id = Guid.NewGuid(), CaseId = id, ClinicName = "Matrix Klinik", Country = "DE", RequestedAt = now, AnsweredAt = now, Program = Marker, Currency = "EUR", Amount = 1000m,
            };
            db.AbroadCases.Add(new AbroadCaseRecord
            {
                Id = id, Number = $"A-MATRIX-{region}", PatientId = patient.Id, SenderOrganizationId = clinic, RegionCode = region, SchemeId = "current",
                Category = AbroadCategory.Citizen, IndicationId = "keratoprosthesis", Diagnosis = Marker, EligibilityBasis = AbroadEligibilityBasis.ListedDisease,
                Status = AbroadCaseStatus.Contracted, CurrentStep = 9, StepSince = now, SessionId = session.Id, SelectedOfferId = offer.Id, ContractNumber = Marker,
                ContractDate = new DateOnly(2026, 1, 20), ContractAmount = 1000m, ContractCurrency = "EUR", TravelPaidByBudget = true, CreatedAt = now, CreatedByUserId = Guid.NewGuid(),
            });
            db.AbroadOffers.Add(offer);
            var document = new AbroadDocumentRecord
            {
                Id = Guid.NewGuid(), CaseId = id, Kind = AbroadDocument.Contract, FileName = "matrix.pdf", MediaType = "application/pdf", Size = ReferralApi.Pdf.Length,
                Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(ReferralApi.Pdf)), UploadedAt = now,
            };
            db.AbroadDocuments.Add(document);
            db.AbroadDocumentContents.Add(new AbroadDocumentContent { DocumentId = document.Id, Bytes = ReferralApi.Pdf });
        }

        await db.SaveChangesAsync();
    }
}
