using Joldama.Data;
using Joldama.Data.Conformity;
using Joldama.Domain.Conformity;
using Joldama.Domain.Conformity.Workflow;
using Joldama.Domain.Organizations;
using Joldama.Domain.Shared;
using Microsoft.EntityFrameworkCore;

namespace Joldama.Web.Tests.Access;

/// <summary>
/// Conformity records of the demo providers of both regions (karaganda and pavlodar) for the access matrix: a
/// specialist, a device, an application under review (one undecided criterion), a concluded application, a valid
/// conclusion for 00.50 and an alert. Written straight into the database once per app, so that every entry's
/// sample request meets a record in the caller's reach and one outside it.
/// </summary>
internal static class ConformityMatrixData
{
    public const string ConclusionCode = "00.50";

    /// <summary>The kinds of record a <see cref="RuleKind.ProviderRecord"/> entry is about.</summary>
    public enum Kind
    {
        Organization,
        Specialist,
        Device,
        Application,
        ConcludedApplication,
        Conclusion,
        Alert,

        /// <summary>Not conformity: the demo quota period (§19) of the provider, scoped the same way.</summary>
        QuotaPeriod,
    }

    public sealed record Row(Kind Kind, Guid Id, Guid Organization, string Region);

    private static readonly SemaphoreSlim Gate = new(1, 1);

    public static async Task<IReadOnlyList<Row>> EnsureAsync(DemoApp app)
    {
        await Gate.WaitAsync();
        try
        {
            await using var db = app.Db();
            var providers = await db.Organizations.AsNoTracking().Where(o => o.Kind == OrganizationKind.HtmcProvider && o.Level == OrganizationLevel.Regional)
                .ToListAsync();
            var rows = new List<Row>();
            foreach (var provider in providers)
            {
                rows.Add(new Row(Kind.Organization, provider.Id, provider.Id, provider.RegionCode));
                rows.AddRange(await EnsureForAsync(db, provider.Id, provider.RegionCode));
                rows.AddRange((await db.QuotaPeriods.AsNoTracking().Where(p => p.OrganizationId == provider.Id).Select(p => p.Id).ToListAsync())
                    .Select(id => new Row(Kind.QuotaPeriod, id, provider.Id, provider.RegionCode)));
            }

            return rows;
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task<IEnumerable<Row>> EnsureForAsync(JoldamaDbContext db, Guid organization, string region)
    {
        var marker = $"matrix-{organization:N}";
        var existing = await db.Specialists.AsNoTracking().SingleOrDefaultAsync(s => s.FullName == marker);
        if (existing is null)
        {
            var now = TimeProvider.System.GetUtcNow();
            var today = TimeProvider.System.TodayInKazakhstan();
            var specialist = new SpecialistRecord { Id = Guid.NewGuid(), OrganizationId = organization, FullName = marker, Iin = Fresh.Iin(), CreatedAt = now, UpdatedAt = now };
            var device = new DeviceRecord { Id = Guid.NewGuid(), OrganizationId = organization, TypeName = "Матрица", Count = 1, CreatedAt = now, UpdatedAt = now };
            ConformityApplicationRecord Application(ApplicationStatus status)
            {
                var id = Guid.NewGuid();
                return new ConformityApplicationRecord
                {
                    Id = id, Number = $"A-M-{id:N}"[..20], OrganizationId = organization, RegionCode = region, ForYear = today.Year, Kind = ApplicationKind.FirstTime,
                    FiledAt = now, ReceivedOn = today, ReviewDueOn = today, Status = status,
                    Items =
                    [
                        new ConformityApplicationItemRecord
                        {
                            Id = Guid.NewGuid(), Code = ConclusionCode, EvaluatedOn = today,
                            Criteria = [new CriterionState { Index = 0, Kind = CriterionKind.Device, Code = "conformity.device", Reason = "matrix" }],
                        },
                    ],
                };
            }

            var underReview = Application(ApplicationStatus.UnderReview);
            var concluded = Application(ApplicationStatus.Concluded);
            var conclusionId = Guid.NewGuid();
            var conclusion = new ConclusionRecord
            {
                Id = conclusionId, Number = $"C-M-{conclusionId:N}"[..20], ApplicationId = concluded.Id, ItemId = concluded.Items[0].Id, OrganizationId = organization,
                RegionCode = region, Code = ConclusionCode, Positive = true, ValidFrom = new DateOnly(today.Year, 1, 1), ValidTo = new DateOnly(today.Year, 12, 31),
                Status = ConclusionStatus.Valid, SignedByName = "Matrix", SignedAt = now, SignedOn = today,
                Criteria = [new CriterionState { Index = 0, Kind = CriterionKind.Device, Code = "conformity.device", MachineMet = true, Met = true, Reason = "matrix" }],
            };
            var alert = new ConformityAlertRecord
            {
                Id = Guid.NewGuid(), ConclusionId = conclusionId, OrganizationId = organization, RegionCode = region, Code = ConclusionCode, RaisedAt = now,
                Trigger = "device-out-of-order", Subject = marker, ChangedOn = today, RecordedOn = today,
            };
            db.AddRange(specialist, device, underReview, concluded);
            db.Conclusions.Add(conclusion);
            db.ConformityAlerts.Add(alert);
            await db.SaveChangesAsync();
            existing = specialist;
        }

        var deviceId = await db.Devices.Where(d => d.OrganizationId == organization && d.TypeName == "Матрица").Select(d => d.Id).FirstAsync();
        var applications = await db.ConformityApplications.Where(a => a.OrganizationId == organization && a.Number.StartsWith("A-M-"))
            .Select(a => new { a.Id, a.Status }).ToListAsync();
        var conclusionRow = await db.Conclusions.Where(c => c.OrganizationId == organization && c.Number.StartsWith("C-M-")).Select(c => c.Id).FirstAsync();
        var alertRow = await db.ConformityAlerts.Where(a => a.ConclusionId == conclusionRow).Select(a => a.Id).FirstAsync();
        return
        [
            new(Kind.Specialist, existing.Id, organization, region),
            new(Kind.Device, deviceId, organization, region),
            new(Kind.Application, applications.First(a => a.Status == ApplicationStatus.UnderReview).Id, organization, region),
            new(Kind.ConcludedApplication, applications.First(a => a.Status == ApplicationStatus.Concluded).Id, organization, region),
            new(Kind.Conclusion, conclusionRow, organization, region),
            new(Kind.Alert, alertRow, organization, region),
        ];
    }
}
