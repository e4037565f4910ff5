using Joldama.Application.Abroad.Cases;
using Joldama.Application.Abroad.Documents;
using Joldama.Application.Abroad.Escalation;
using Joldama.Application.Abroad.Notifications;
using Joldama.Application.Abroad.Offers;
using Joldama.Application.Abroad.Sessions;
using Joldama.Application.Abroad.Workflow;
using Joldama.Application.Audit;
using Joldama.Application.Law;
using Joldama.Application.Notifications;
using Joldama.Application.Patients;
using Joldama.Data;
using Joldama.Data.Access;
using Joldama.Data.Organizations;
using Joldama.Domain.Access;
using Joldama.Domain.Organizations;
using Joldama.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Joldama.Application.Tests.Abroad;

/// <summary>
/// A real database (SQLite or PostgreSQL, migrated) with every party of the schemes of order No. 544 — the clinic, the
/// health department, the working body, the chief specialist, the ministry commission, a research institute — and the
/// abroad services on a controllable clock (noon in Kazakhstan), under the current or the proposed scheme.
/// </summary>
internal sealed class AbroadWorld : IAsyncDisposable
{
    private static readonly LawLibrary Current = LawLibrary.Load();

    private static readonly IStringLocalizer<SharedResource> Text = new StringLocalizer<SharedResource>(
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance));

    private readonly TestDatabase _database;
    private int _serial;

    private AbroadWorld(TestDatabase database, FakeTimeProvider clock, LawLibrary law)
    {
        _database = database;
        Clock = clock;
        Law = law;
    }

    public LawLibrary Law { get; }

    public FakeTimeProvider Clock { get; }

    public Party Clinic { get; private set; } = null!;

    public Party OtherClinic { get; private set; } = null!;

    public Party Department { get; private set; } = null!;

    public Party WorkingBody { get; private set; } = null!;

    public Party ChiefSpecialist { get; private set; } = null!;

    public Party Commission { get; private set; } = null!;

    public Party Institute { get; private set; } = null!;

    internal sealed record Party(AccessScope Scope, AuditActor Actor)
    {
        public Guid Organization => Scope.OrganizationId;
    }

    /// <summary>A world under <paramref name="scheme"/> ("current" or "proposed": the data file's choice, switched as configuration would).</summary>
    public static async Task<AbroadWorld> CreateAsync(DatabaseProvider provider, DateOnly date, string scheme = "current")
    {
        var law = scheme == Current.Abroad.ActiveSchemeId ? Current : new LawLibrary(
            Current.Catalog, Current.Calendar, Current.Regions, Current.Conformity, Current.Referrals, Current.Abroad with { ActiveSchemeId = scheme }, Current.Quotas);
        var world = new AbroadWorld(await TestDatabase.CreateAsync(provider), new FakeTimeProvider(Noon(date)), law);
        await using var db = world.Db();
        await db.Database.MigrateAsync();
        world.Clinic = world.Add(db, "karaganda", OrganizationKind.PrimaryCare, Role.PrimaryCareClinician, "clinician");
        world.OtherClinic = world.Add(db, "pavlodar", OrganizationKind.PrimaryCare, Role.PrimaryCareClinician, "clinician-2");
        world.Department = world.Add(db, "karaganda", OrganizationKind.RegionalHealthDepartment, Role.CommissionSecretary, "secretary");
        world.WorkingBody = world.Add(db, "astana", OrganizationKind.AbroadWorkingBody, Role.AbroadOfficer, "abroad");
        world.ChiefSpecialist = world.Add(db, "astana", OrganizationKind.Ministry, Role.ChiefSpecialist, "chief-specialist");
        world.Commission = world.AddUser(db, world.ChiefSpecialist.Organization, "astana", Role.AbroadCommissionMember, "abroad-commission");
        world.Institute = world.Add(db, "astana", OrganizationKind.HtmcProvider, Role.HospitalPhysician, "institute-doctor");
        await db.SaveChangesAsync();
        return world;
    }

    public static DateTimeOffset Noon(DateOnly date) => new(date.Year, date.Month, date.Day, 7, 0, 0, TimeSpan.Zero);

    public JoldamaDbContext Db() => _database.CreateContext();

    public void SetDate(DateOnly date) => Clock.SetUtcNow(Noon(date));

    public Services Open()
    {
        var db = Db();
        var audit = new AuditLog(db, Clock);
        var notices = new AbroadNotices(db, new Outbox(Clock), Text);
        return new Services(
            db,
            new PatientService(db, audit, Clock),
            new AbroadCaseService(db, Law, notices, audit, Clock),
            new AbroadStepService(db, Law, notices, audit, Clock),
            new AbroadDocumentService(db, Law, audit, Clock),
            new AbroadOfferService(db, Law, audit, Clock),
            new AbroadSessionService(db, Law, notices, audit, Clock),
            new AbroadDeadlineEscalation(db, Law, audit, Clock));
    }

    internal sealed record Services(
        JoldamaDbContext Db, PatientService Patients, AbroadCaseService Cases, AbroadStepService Steps, AbroadDocumentService Documents,
        AbroadOfferService Offers, AbroadSessionService Sessions, AbroadDeadlineEscalation Escalation) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Db.DisposeAsync();
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private Party Add(JoldamaDbContext db, string region, OrganizationKind kind, Role role, string login)
    {
        var organization = new Organization
        {
            Id = Guid.NewGuid(), Bin = Access.DemoSeed.DemoBin(++_serial), NameKk = $"{login} ұйымы", NameRu = $"Организация {login}",
            RegionCode = region, Kind = kind, Level = OrganizationLevel.Regional, CreatedAt = Clock.GetUtcNow(),
        };
        db.Organizations.Add(organization);
        return AddUser(db, organization.Id, region, role, login);
    }

    private Party AddUser(JoldamaDbContext db, Guid organization, string region, Role role, string login)
    {
        var user = new UserAccount { Id = Guid.NewGuid(), Login = login, DisplayName = login, OrganizationId = organization, Role = role, CreatedAt = Clock.GetUtcNow() };
        db.Users.Add(user);
        return new Party(new AccessScope(user.Id, role, organization, region, null), new AuditActor(user.Id, login, role.ToString(), organization, "127.0.0.1"));
    }
}
