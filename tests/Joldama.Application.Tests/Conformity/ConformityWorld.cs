using Joldama.Application.Audit;
using Joldama.Application.Conformity;
using Joldama.Application.Conformity.Applications;
using Joldama.Application.Conformity.Conclusions;
using Joldama.Application.Conformity.Resources;
using Joldama.Application.Law;
using Joldama.Data;
using Joldama.Data.Access;
using Joldama.Data.Organizations;
using Joldama.Domain.Access;
using Joldama.Domain.Organizations;
using Joldama.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Joldama.Application.Tests.Conformity;

/// <summary>
/// A real database (SQLite or PostgreSQL, migrated) with two regions, a provider in each, a territorial department
/// with an inspector and a head in each, and the services of the conformity workflow on a controllable clock.
/// </summary>
internal sealed class ConformityWorld : IAsyncDisposable
{
    public static readonly LawLibrary Law = LawLibrary.Load();

    private static readonly DeviceVocabulary Devices = new(Law.Catalog);

    private readonly TestDatabase _database;

    private ConformityWorld(TestDatabase database, FakeTimeProvider clock)
    {
        _database = database;
        Clock = clock;
    }

    public FakeTimeProvider Clock { get; }

    public Party Provider { get; private set; } = null!;

    public Party OtherProvider { get; private set; } = null!;

    public Party Inspector { get; private set; } = null!;

    public Party OtherInspector { get; private set; } = null!;

    public Party Head { get; private set; } = null!;

    public Party Fund { get; private set; } = null!;

    /// <summary>Someone acting: the access scope and the audit actor of one user.</summary>
    internal sealed record Party(AccessScope Scope, AuditActor Actor);

    /// <summary>The clock at noon in Kazakhstan (UTC+5) of <paramref name="date"/>.</summary>
    public static async Task<ConformityWorld> CreateAsync(DatabaseProvider provider, DateOnly date)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(date.Year, date.Month, date.Day, 7, 0, 0, TimeSpan.Zero));
        var world = new ConformityWorld(await TestDatabase.CreateAsync(provider), clock);
        await using var db = world.Db();
        await db.Database.MigrateAsync();
        world.Provider = world.Add(db, "karaganda", OrganizationKind.HtmcProvider, Role.ProviderAdministrator, "provider-admin");
        world.OtherProvider = world.Add(db, "pavlodar", OrganizationKind.HtmcProvider, Role.ProviderAdministrator, "provider-admin-2");
        world.Inspector = world.Add(db, "karaganda", OrganizationKind.TerritorialDepartment, Role.TerritorialInspector, "inspector");
        world.OtherInspector = world.Add(db, "pavlodar", OrganizationKind.TerritorialDepartment, Role.TerritorialInspector, "inspector-2");
        world.Head = world.AddUser(db, world.Inspector.Scope.OrganizationId, "karaganda", Role.TerritorialHead, "head", "Бекмұратов Қайрат");
        world.Fund = world.Add(db, "astana", OrganizationKind.InsuranceFund, Role.FundOfficer, "fund");
        await db.SaveChangesAsync();
        return world;
    }

    public JoldamaDbContext Db() => _database.CreateContext();

    public void SetDate(DateOnly date) => Clock.SetUtcNow(new DateTimeOffset(date.Year, date.Month, date.Day, 7, 0, 0, TimeSpan.Zero));

    /// <summary>The services over one fresh context, as one request would have them.</summary>
    public Services Open()
    {
        var db = Db();
        var audit = new AuditLog(db, Clock);
        var recheck = new ConformityRecheck(db, Law, audit, Clock);
        return new Services(db, new ProviderResourceService(db, Devices, audit, recheck, Clock), new ConformityApplicationService(db, Law, audit, recheck, Clock),
            new ConclusionService(db, audit, Clock));
    }

    internal sealed record Services(JoldamaDbContext Db, ProviderResourceService Resources, ConformityApplicationService Applications, ConclusionService Conclusions)
        : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Db.DisposeAsync();
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private int _serial;

    private Party Add(JoldamaDbContext db, string region, OrganizationKind kind, Role role, string login)
    {
        var organization = new Organization
        {
            Id = Guid.NewGuid(), Bin = Access.DemoSeed.DemoBin(++_serial), NameKk = $"{login} ұйымы", NameRu = $"Организация {login}",
            RegionCode = region, Kind = kind, Level = OrganizationLevel.Regional, CreatedAt = Clock.GetUtcNow(),
        };
        db.Organizations.Add(organization);
        return AddUser(db, organization.Id, region, role, login, login);
    }

    private Party AddUser(JoldamaDbContext db, Guid organization, string region, Role role, string login, string name)
    {
        var user = new UserAccount { Id = Guid.NewGuid(), Login = login, DisplayName = name, OrganizationId = organization, Role = role, CreatedAt = Clock.GetUtcNow() };
        db.Users.Add(user);
        return new Party(new AccessScope(user.Id, role, organization, region, null), new AuditActor(user.Id, login, role.ToString(), organization, "127.0.0.1"));
    }
}
