using Joldama.Application.Audit;
using Joldama.Application.Law;
using Joldama.Application.Quotas;
using Joldama.Data;
using Joldama.Data.Access;
using Joldama.Data.Organizations;
using Joldama.Data.Patients;
using Joldama.Domain.Access;
using Joldama.Domain.Organizations;
using Joldama.Domain.Patients;
using Joldama.Domain.Shared;
using Joldama.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Joldama.Application.Tests.Quotas;

/// <summary>
/// A real database (SQLite or PostgreSQL, migrated) with the heads of three providers — republican, regional, regional
/// and scientific — the ministry, and two patients (a pensioner, one of no §19 group); the quota services on a fixed clock.
/// </summary>
internal sealed class QuotaWorld : IAsyncDisposable
{
    /// <summary>A pensioner (§19 ¶1 «зейнеткерлер»), born 1952.</summary>
    public const string PensionerIin = "520314300015";

    /// <summary>A patient of no §19 group.</summary>
    public const string OtherIin = "900101300017";

    public static readonly DateOnly Today = new(2026, 6, 15);

    private static readonly LawLibrary Law = LawLibrary.Load();

    private readonly TestDatabase _database;
    private int _serial;

    private QuotaWorld(TestDatabase database) => _database = database;

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(Today.Year, Today.Month, Today.Day, 7, 0, 0, TimeSpan.Zero));

    public Party RepublicanHead { get; private set; } = null!;

    public Party RegionalHead { get; private set; } = null!;

    public Party ScientificHead { get; private set; } = null!;

    public Party Ministry { get; private set; } = null!;

    public Party Analyst { get; private set; } = null!;

    public Party OtherAnalyst { get; private set; } = null!;

    internal sealed record Party(AccessScope Scope, AuditActor Actor);

    public static async Task<QuotaWorld> CreateAsync(DatabaseProvider provider)
    {
        var world = new QuotaWorld(await TestDatabase.CreateAsync(provider));
        await using var db = world.Db();
        await db.Database.MigrateAsync();
        world.RepublicanHead = world.Add(db, "astana", OrganizationKind.HtmcProvider, OrganizationLevel.Republican, false, Role.OrganizationHead);
        world.RegionalHead = world.Add(db, "karaganda", OrganizationKind.HtmcProvider, OrganizationLevel.Regional, false, Role.OrganizationHead);
        world.ScientificHead = world.Add(db, "karaganda", OrganizationKind.HtmcProvider, OrganizationLevel.Regional, true, Role.OrganizationHead);
        world.Ministry = world.Add(db, "astana", OrganizationKind.Ministry, OrganizationLevel.Republican, false, Role.MinistryCatalogAdministrator);
        world.Analyst = world.Add(db, "karaganda", OrganizationKind.RegionalHealthDepartment, OrganizationLevel.Regional, false, Role.RegionalAnalyst);
        world.OtherAnalyst = world.Add(db, "pavlodar", OrganizationKind.RegionalHealthDepartment, OrganizationLevel.Regional, false, Role.RegionalAnalyst);
        var clinic = world.Add(db, "karaganda", OrganizationKind.PrimaryCare, OrganizationLevel.Regional, false, Role.PrimaryCareClinician);
        world.AddPatient(db, PensionerIin, clinic.Scope.OrganizationId, VulnerableGroup.Pensioner);
        world.AddPatient(db, OtherIin, clinic.Scope.OrganizationId);
        await db.SaveChangesAsync();
        return world;
    }

    public JoldamaDbContext Db() => _database.CreateContext();

    /// <summary>The services over one fresh context, as one request would have them.</summary>
    public Services Open()
    {
        var db = Db();
        var audit = new AuditLog(db, Clock);
        var modes = new PandemicModeService(db, Law, audit, Clock);
        var quotas = new QuotaService(db, modes, audit, Clock);
        return new Services(db, quotas, new QuotaDecisionService(db, modes, audit, Clock), modes, new QuotaReport(quotas));
    }

    internal sealed record Services(JoldamaDbContext Db, QuotaService Quotas, QuotaDecisionService Decisions, PandemicModeService Modes, QuotaReport Report) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Db.DisposeAsync();
    }

    /// <summary>Sets this year's volume for the head's organization.</summary>
    public async Task<Result<QuotaPeriodView>> SetYearAsync(Party head, int volume)
    {
        await using var s = Open();
        var set = await s.Quotas.SetPeriodAsync(head.Scope, new QuotaPeriodInput("2026-01-01", "2026-12-31", volume), head.Actor);
        return set.IsError ? set.Error : await s.Quotas.GetAsync(head.Scope, set.Value.Id);
    }

    public async Task<Result<QuotaDecided>> DecideAsync(Party head, string iin = PensionerIin)
    {
        await using var s = Open();
        return await s.Decisions.DecideAsync(head.Scope, new QuotaDecisionInput(iin, "Показания: плановое эндопротезирование", HtmcCode: "81.51"), head.Actor);
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private Party Add(JoldamaDbContext db, string region, OrganizationKind kind, OrganizationLevel level, bool scientific, Role role)
    {
        var organization = new Organization
        {
            Id = Guid.NewGuid(), Bin = Access.DemoSeed.DemoBin(++_serial), NameKk = $"Ұйым {_serial}", NameRu = $"Организация {_serial}",
            RegionCode = region, Kind = kind, Level = level, IsScientific = scientific, CreatedAt = Clock.GetUtcNow(),
        };
        db.Organizations.Add(organization);
        var login = $"{role}-{_serial}";
        var user = new UserAccount { Id = Guid.NewGuid(), Login = login, DisplayName = login, OrganizationId = organization.Id, Role = role, CreatedAt = Clock.GetUtcNow() };
        db.Users.Add(user);
        return new Party(new AccessScope(user.Id, role, organization.Id, region, null), new AuditActor(user.Id, login, role.ToString(), organization.Id, "127.0.0.1"));
    }

    private void AddPatient(JoldamaDbContext db, string iin, Guid clinic, params VulnerableGroup[] groups) => db.Patients.Add(new PatientRecord
    {
        Id = Guid.NewGuid(), Iin = iin, LastName = "Тестов", FirstName = $"Пациент {++_serial}", Language = "ru", AttachmentOrganizationId = clinic,
        RegionCode = "karaganda", VulnerableGroups = [.. groups], CreatedAt = Clock.GetUtcNow(), UpdatedAt = Clock.GetUtcNow(),
    });
}
