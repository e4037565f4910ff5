using Joldama.Application.Audit;
using Joldama.Application.Conformity.Conclusions;
using Joldama.Application.Law;
using Joldama.Application.Notifications;
using Joldama.Application.Patients;
using Joldama.Application.Referrals.Cases;
using Joldama.Application.Referrals.Documents;
using Joldama.Application.Referrals.Escalation;
using Joldama.Application.Referrals.FollowUps;
using Joldama.Application.Referrals.Notifications;
using Joldama.Application.Referrals.Workflow;
using Joldama.Application.Referrals.Worklists;
using Joldama.Data;
using Joldama.Data.Access;
using Joldama.Data.Conformity;
using Joldama.Data.Organizations;
using Joldama.Domain.Access;
using Joldama.Domain.Conformity.Workflow;
using Joldama.Domain.Organizations;
using Joldama.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Joldama.Application.Tests.Referrals.Workflow;

/// <summary>
/// A real database (SQLite or PostgreSQL, migrated) with the parties of a referral in two regions — clinics, a hospital
/// (§40), providers with a valid conclusion for <see cref="Code"/>, the commission — and the services of the referral
/// workflow on a controllable clock (noon in Kazakhstan).
/// </summary>
internal sealed class ReferralWorld : IAsyncDisposable
{
    public const string Code = "35.21";

    public static readonly LawLibrary Law = LawLibrary.Load();

    private static readonly IStringLocalizer<SharedResource> Text = new StringLocalizer<SharedResource>(
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance));

    private readonly TestDatabase _database;
    private int _serial;

    private ReferralWorld(TestDatabase database, FakeTimeProvider clock)
    {
        _database = database;
        Clock = clock;
    }

    public FakeTimeProvider Clock { get; }

    public Party Clinic { get; private set; } = null!;

    public Party OtherClinic { get; private set; } = null!;

    public Party Hospital { get; private set; } = null!;

    public Party Commission { get; private set; } = null!;

    public Party SecondMember { get; private set; } = null!;

    public Party OtherCommission { get; private set; } = null!;

    public Party Provider { get; private set; } = null!;

    public Party OtherProvider { get; private set; } = null!;

    /// <summary>Someone acting: the access scope and the audit actor of one user.</summary>
    internal sealed record Party(AccessScope Scope, AuditActor Actor)
    {
        public Guid Organization => Scope.OrganizationId;
    }

    public static async Task<ReferralWorld> CreateAsync(DatabaseProvider provider, DateOnly date)
    {
        var world = new ReferralWorld(await TestDatabase.CreateAsync(provider), new FakeTimeProvider(Noon(date)));
        await using var db = world.Db();
        await db.Database.MigrateAsync();
        world.Clinic = world.Add(db, "karaganda", OrganizationKind.PrimaryCare, Role.PrimaryCareClinician, "clinician");
        world.OtherClinic = world.Add(db, "pavlodar", OrganizationKind.PrimaryCare, Role.PrimaryCareClinician, "clinician-2");
        world.Hospital = world.Add(db, "karaganda", OrganizationKind.HtmcProvider, Role.HospitalPhysician, "hospital-doctor");
        world.Commission = world.Add(db, "karaganda", OrganizationKind.RegionalHealthDepartment, Role.CommissionMember, "commission");
        world.SecondMember = world.AddUser(db, world.Commission.Organization, "karaganda", Role.CommissionSecretary, "secretary");
        world.OtherCommission = world.Add(db, "pavlodar", OrganizationKind.RegionalHealthDepartment, Role.CommissionMember, "commission-2");
        world.Provider = world.Add(db, "karaganda", OrganizationKind.HtmcProvider, Role.ProviderAdmissionOfficer, "admission");
        world.OtherProvider = world.Add(db, "astana", OrganizationKind.HtmcProvider, Role.ProviderAdmissionOfficer, "admission-national");
        foreach (var holder in new[] { world.Provider, world.OtherProvider })
        {
            world.AddConclusion(db, holder.Organization, holder.Scope.RegionCode, date);
        }

        await db.SaveChangesAsync();
        return world;
    }

    public static DateTimeOffset Noon(DateOnly date) => new(date.Year, date.Month, date.Day, 7, 0, 0, TimeSpan.Zero);

    public JoldamaDbContext Db() => _database.CreateContext();

    public void SetDate(DateOnly date) => Clock.SetUtcNow(Noon(date));

    /// <summary>The services over one fresh context, as one request would have them.</summary>
    public Services Open()
    {
        var db = Db();
        var audit = new AuditLog(db, Clock);
        var notices = new ReferralNotices(db, new Outbox(Clock), Text);
        return new Services(
            db,
            new PatientService(db, audit, Clock),
            new ReferralCaseService(db, Law, new ConclusionService(db, audit, Clock), audit, Clock),
            new PackageDocumentService(db, audit, Clock),
            new ReferralStepService(db, Law, notices, audit, Clock),
            new ReferralWorklist(db, audit, Clock),
            new RefusalJournal(db, audit),
            new DeadlineEscalation(db, audit, Clock),
            new FollowUpService(db, audit, Clock));
    }

    internal sealed record Services(
        JoldamaDbContext Db, PatientService Patients, ReferralCaseService Cases, PackageDocumentService Documents, ReferralStepService Steps,
        ReferralWorklist Worklist, RefusalJournal Refusals, DeadlineEscalation Escalation, FollowUpService FollowUps) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Db.DisposeAsync();
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private void AddConclusion(JoldamaDbContext db, Guid organization, string region, DateOnly today)
    {
        var signedOn = DateOnly.FromDayNumber(today.DayNumber - 30);
        var item = new ConformityApplicationItemRecord { Id = Guid.NewGuid(), Code = Code, EvaluatedOn = signedOn };
        var application = new ConformityApplicationRecord
        {
            Id = Guid.NewGuid(), Number = $"A-T-{++_serial}", OrganizationId = organization, RegionCode = region, ForYear = today.Year,
            Kind = ApplicationKind.FirstTime, ReceivedOn = signedOn, ReviewDueOn = signedOn, Status = ApplicationStatus.Concluded, Items = [item],
        };
        db.ConformityApplications.Add(application);
        db.Conclusions.Add(new ConclusionRecord
        {
            Id = Guid.NewGuid(), Number = $"C-T-{_serial}", ApplicationId = application.Id, ItemId = item.Id, OrganizationId = organization, RegionCode = region,
            Code = Code, Positive = true, ValidFrom = signedOn, ValidTo = signedOn.AddYears(5), Status = ConclusionStatus.Valid, SignedByName = "head", SignedOn = signedOn,
        });
    }

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
