using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Joldama.Application.Access;
using Joldama.Data;
using Joldama.Domain.Access;
using Joldama.Domain.Organizations;
using Joldama.Domain.Shared;
using Cm = Joldama.Web.Tests.Access.ConformityMatrixData;
using Rf = Joldama.Web.Tests.Referrals.ReferralMatrixData;
using Joldama.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Joldama.Web.Tests.Access;

/// <summary>
/// The access matrix (issue 3): every endpoint of the app has one entry here, and every API endpoint
/// is called as each of the 14 roles (the demo users of karaganda) and anonymously, in the caller's own
/// organization and region and in the other region (pavlodar). The expected status is derived from
/// <see cref="Roles"/> (the rule matrix), never from the endpoint's code.
/// </summary>
/// <remarks>
/// A NEW ENDPOINT (API or page) fails <see cref="Matrix_EveryEndpointOfTheApp_HasOneEntry"/> until it gets an
/// entry in <see cref="Entries"/>: the HTTP method (or "*" for Razor pages and other endpoints without
/// method metadata), the route pattern as routing sees it, who may call it (<see cref="Rule"/>) and a
/// sample request. Pages that need a permission use <see cref="Rule.Requires"/> like API endpoints; outside
/// /api the denied answers are redirects to /account/signin and /account/denied.
/// </remarks>
public sealed class AccessMatrixTests(DemoAppFixture fixture) : IClassFixture<DemoAppFixture>
{
    /// <summary>The 14 callers with a role (one demo user per role, region karaganda); null is anonymous.</summary>
    public static readonly string?[] Callers = [null, .. DemoSeed.DemoRegionUsers.Select(u => u.Login)];

    /// <summary>The declared matrix. Keep sorted by pattern; one line per method and route pattern.</summary>
    internal static readonly MatrixEntry[] Entries =
    [
        // --- pages and infrastructure (public) ---
        new("*", "/", Rule.Public(HttpStatusCode.OK), Get("/")),
        new("*", "/Index", Rule.Public(HttpStatusCode.OK), Get("/Index")),
        new("*", "/calendar", Rule.Public(HttpStatusCode.OK), Get("/calendar")),
        new("*", "/catalog", Rule.Public(HttpStatusCode.OK), Get("/catalog?q=35.2")),
        new("*", "/catalog/{code}", Rule.Public(HttpStatusCode.OK), Get("/catalog/35.21")),
        new("*", "/funding", Rule.Public(HttpStatusCode.OK), Get("/funding?code=35.21&form=planned&insured=yes")),
        new("*", "/identifiers", Rule.Public(HttpStatusCode.OK), Get("/identifiers")),
        new("*", "/health/live", Rule.Public(HttpStatusCode.OK), Get("/health/live")),
        new("*", "/health/ready", Rule.Public(HttpStatusCode.OK), Get("/health/ready")),
        new("GET", "/lang/{code}", Rule.Public(HttpStatusCode.Redirect), Get("/lang/kk?returnUrl=%2Fcatalog")),
        new("GET", "/openapi/{documentName}.json", Rule.Public(HttpStatusCode.OK), Get("/openapi/v1.json")),
        new("GET", "/scalar/{documentName?}", Rule.Public(HttpStatusCode.OK), Get("/scalar/v1")),
        new("GET", "/scalar/scalar.js", Rule.Public(HttpStatusCode.OK), Get("/scalar/scalar.js")),
        new("GET", "/scalar/scalar.aspnetcore.js", Rule.Public(HttpStatusCode.OK), Get("/scalar/scalar.aspnetcore.js")),
        new("GET", "/scalar/favicon.svg", Rule.Public(HttpStatusCode.OK), Get("/scalar/favicon.svg")),

        // --- pages of issue 3 (a refusal is a redirect to /account/signin or /account/denied) ---
        new("*", "/account/signin", Rule.Public(HttpStatusCode.OK), Get("/account/signin")),
        new("*", "/account/patient", Rule.Public(HttpStatusCode.OK), Get("/account/patient")),
        new("*", "/account/signout", Rule.Public(HttpStatusCode.Redirect), Get("/account/signout")),
        new("*", "/account/denied", Rule.Public(HttpStatusCode.Forbidden), Get("/account/denied")),
        new("*", "/admin/organizations", Rule.Requires(Permission.ViewOrganizations, HttpStatusCode.OK), Get("/admin/organizations")),
        new("*", "/admin/organizations/{id:guid}", Rule.OrganizationRecord(), r => (HttpMethod.Get, $"/admin/organizations/{r.Target}", null)),
        new("*", "/admin/users", Rule.Requires(Permission.ViewUsers, HttpStatusCode.OK), Get("/admin/users")),
        new("*", "/admin/users/{id:guid}", Rule.UserRecord(ownAccountAlways: false), r => (HttpMethod.Get, $"/admin/users/{r.Target}", null)),
        new("*", "/audit", Rule.Requires(Permission.ViewAudit, HttpStatusCode.OK), Get("/audit")),
        new("*", "/audit/verify", Rule.Requires(Permission.VerifyAudit, HttpStatusCode.OK), Get("/audit/verify")),

        // --- public API (issue 2) ---
        new("GET", "/api/catalog", Rule.Public(HttpStatusCode.OK), Get("/api/catalog?q=35.21")),
        new("GET", "/api/catalog/acts", Rule.Public(HttpStatusCode.OK), Get("/api/catalog/acts")),
        new("GET", "/api/catalog/export", Rule.Public(HttpStatusCode.OK), Get("/api/catalog/export")),
        new("GET", "/api/catalog/{code}", Rule.Public(HttpStatusCode.OK), Get("/api/catalog/35.21")),
        new("GET", "/api/calendar/add-working-days", Rule.Public(HttpStatusCode.OK), Get("/api/calendar/add-working-days?date=2026-03-20&days=2")),
        new("GET", "/api/calendar/between", Rule.Public(HttpStatusCode.OK), Get("/api/calendar/between?from=2024-05-03&to=2024-05-10")),
        new("GET", "/api/calendar/days/{date}", Rule.Public(HttpStatusCode.OK), Get("/api/calendar/days/2026-03-02")),
        new("GET", "/api/calendar/years/{year:int}", Rule.Public(HttpStatusCode.OK), Get("/api/calendar/years/2026")),
        new("GET", "/api/funding", Rule.Public(HttpStatusCode.OK), Get("/api/funding?code=35.21&form=planned&insured=yes&date=2026-03-02")),
        new("POST", "/api/identifiers/iin/check", Rule.Public(HttpStatusCode.OK), Json("/api/identifiers/iin/check", _ => new { number = DemoApp.PatientIin })),
        new("POST", "/api/identifiers/bin/check", Rule.Public(HttpStatusCode.OK), Json("/api/identifiers/bin/check", _ => new { number = DemoSeed.DemoBin(1) })),
        new("GET", "/api/regions", Rule.Public(HttpStatusCode.OK), Get("/api/regions")),

        // --- account ---
        new("POST", "/api/account/signin", Rule.Public(HttpStatusCode.BadRequest), Json("/api/account/signin", _ => new { login = "matrix-nobody", password = "not the password at all" })),
        new("POST", "/api/account/patient/code", Rule.Public(HttpStatusCode.Accepted), Json("/api/account/patient/code", _ => new { iin = Fresh.Iin() })),
        new("POST", "/api/account/patient/verify", Rule.Public(HttpStatusCode.BadRequest), Json("/api/account/patient/verify", _ => new { iin = Fresh.Iin(), code = "000000" })),
        new("GET", "/api/account/me", Rule.SignedIn(HttpStatusCode.OK), Get("/api/account/me")),
        new("POST", "/api/account/signout", Rule.SignedIn(HttpStatusCode.NoContent), Json("/api/account/signout", _ => new { })) { FreshSessions = true },

        // --- organizations ---
        new("GET", "/api/organizations", Rule.Requires(Permission.ViewOrganizations, HttpStatusCode.OK), Get("/api/organizations")),
        new("GET", "/api/organizations/export", Rule.Requires(Permission.ViewOrganizations, HttpStatusCode.OK), Get("/api/organizations/export")),
        new("GET", "/api/organizations/{id:guid}", Rule.OrganizationRecord(), r => (HttpMethod.Get, $"/api/organizations/{r.Target}", null)),
        new("POST", "/api/organizations", Rule.Requires(Permission.ManageOrganizations, HttpStatusCode.Created), Json("/api/organizations", _ => NewOrganization())),
        new("POST", "/api/organizations/import", Rule.Requires(Permission.ManageOrganizations, HttpStatusCode.OK), _ => (HttpMethod.Post, "/api/organizations/import", CsvOfOneOrganization())),

        // --- users ---
        new("GET", "/api/users", Rule.Requires(Permission.ViewUsers, HttpStatusCode.OK), Get("/api/users")),
        new("GET", "/api/users/{id:guid}", Rule.UserRecord(ownAccountAlways: true), r => (HttpMethod.Get, $"/api/users/{r.Target}", null)),
        new("POST", "/api/users", Rule.Requires(Permission.ManageUsers, HttpStatusCode.Created), Json("/api/users", r => NewUser(r.Data))),

        // --- audit ---
        new("GET", "/api/audit", Rule.Requires(Permission.ViewAudit, HttpStatusCode.OK), Get("/api/audit?action=auth")),
        new("POST", "/api/audit/search", Rule.Requires(Permission.ViewAudit, HttpStatusCode.OK), Json("/api/audit/search", _ => new { action = "auth" })),
        new("GET", "/api/audit/export", Rule.Requires(Permission.ViewAudit, HttpStatusCode.OK), Get("/api/audit/export?action=auth")),
        new("POST", "/api/audit/verify", Rule.Requires(Permission.VerifyAudit, HttpStatusCode.OK), Json("/api/audit/verify", _ => new { })),

        // --- conformity: a provider's resources as CSV ---
        new("POST", "/api/conformity/specialists/import", Rule.Requires(Permission.ManageProviderResources, HttpStatusCode.OK), _ => (HttpMethod.Post, "/api/conformity/specialists/import", CsvOfOneSpecialist())),
        new("POST", "/api/conformity/devices/import", Rule.Requires(Permission.ManageProviderResources, HttpStatusCode.OK), _ => (HttpMethod.Post, "/api/conformity/devices/import", CsvOfOneDevice())),
        new("GET", "/api/conformity/specialists/export", Rule.Requires(Permission.ViewProviderResources, HttpStatusCode.OK), Get("/api/conformity/specialists/export")),
        new("GET", "/api/conformity/devices/export", Rule.Requires(Permission.ViewProviderResources, HttpStatusCode.OK), Get("/api/conformity/devices/export")),

        // --- conformity (issue 4): records of the karaganda provider and of the pavlodar one (ConformityMatrixData) ---
        new("POST", "/api/conformity/evaluate", Rule.Public(HttpStatusCode.OK),
            _ => (HttpMethod.Post, "/api/conformity/evaluate", new StringContent(File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "examples", "conformity-evaluate.json")), Encoding.UTF8, "application/json"))),
        new("GET", "/api/conformity/device-types", Rule.Requires(Permission.ViewProviderResources, HttpStatusCode.OK), Get("/api/conformity/device-types")),
        new("GET", "/api/conformity/organizations/{organizationId:guid}/specialists", Rule.ProviderRecord(Cm.Kind.Organization, Permission.ViewProviderResources, HttpStatusCode.OK),
            r => (HttpMethod.Get, $"/api/conformity/organizations/{r.Target}/specialists", null)),
        new("GET", "/api/conformity/organizations/{organizationId:guid}/devices", Rule.ProviderRecord(Cm.Kind.Organization, Permission.ViewProviderResources, HttpStatusCode.OK),
            r => (HttpMethod.Get, $"/api/conformity/organizations/{r.Target}/devices", null)),
        new("GET", "/api/conformity/specialists/{id:guid}", Rule.ProviderRecord(Cm.Kind.Specialist, Permission.ViewProviderResources, HttpStatusCode.OK),
            r => (HttpMethod.Get, $"/api/conformity/specialists/{r.Target}", null)),
        new("POST", "/api/conformity/specialists", Rule.Requires(Permission.ManageProviderResources, HttpStatusCode.Created),
            Json("/api/conformity/specialists", _ => new { fullName = "Матрица маманы", iin = Fresh.Iin() })),
        new("PUT", "/api/conformity/specialists/{id:guid}", Rule.ProviderRecord(Cm.Kind.Specialist, Permission.ManageProviderResources, HttpStatusCode.BadRequest),
            r => (HttpMethod.Put, $"/api/conformity/specialists/{r.Target}?version=0", JsonContent.Create(new { fullName = "" }))),
        new("POST", "/api/conformity/specialists/{id:guid}/leave", Rule.ProviderRecord(Cm.Kind.Specialist, Permission.ManageProviderResources, HttpStatusCode.OK),
            r => (HttpMethod.Post, $"/api/conformity/specialists/{r.Target}/leave", JsonContent.Create(new { }))),
        new("POST", "/api/conformity/devices", Rule.Requires(Permission.ManageProviderResources, HttpStatusCode.Created),
            Json("/api/conformity/devices", _ => new { typeName = "Ангиографическая установка с гемодинамической системой", count = 1 })),
        new("PUT", "/api/conformity/devices/{id:guid}", Rule.ProviderRecord(Cm.Kind.Device, Permission.ManageProviderResources, HttpStatusCode.BadRequest),
            r => (HttpMethod.Put, $"/api/conformity/devices/{r.Target}?version=0", JsonContent.Create(new { typeName = "" }))),
        new("POST", "/api/conformity/devices/{id:guid}/out-of-order", Rule.ProviderRecord(Cm.Kind.Device, Permission.ManageProviderResources, HttpStatusCode.OK),
            r => (HttpMethod.Post, $"/api/conformity/devices/{r.Target}/out-of-order", JsonContent.Create(new { }))),
        new("POST", "/api/conformity/devices/{id:guid}/repaired", Rule.ProviderRecord(Cm.Kind.Device, Permission.ManageProviderResources, HttpStatusCode.OK),
            r => (HttpMethod.Post, $"/api/conformity/devices/{r.Target}/repaired", JsonContent.Create(new { }))),
        new("POST", "/api/conformity/devices/{id:guid}/retire", Rule.ProviderRecord(Cm.Kind.Device, Permission.ManageProviderResources, HttpStatusCode.OK),
            r => (HttpMethod.Post, $"/api/conformity/devices/{r.Target}/retire", JsonContent.Create(new { on = "2099-01-01" }))),
        new("GET", "/api/conformity/applications", Rule.Requires(Permission.ViewConformityApplications, HttpStatusCode.OK), Get("/api/conformity/applications")),
        new("GET", "/api/conformity/applications/{id:guid}", Rule.ProviderRecord(Cm.Kind.Application, Permission.ViewConformityApplications, HttpStatusCode.OK),
            r => (HttpMethod.Get, $"/api/conformity/applications/{r.Target}", null)),
        new("POST", "/api/conformity/applications", Rule.Requires(Permission.FileConformityApplications, HttpStatusCode.Created),
            Json("/api/conformity/applications", _ => new { forYear = TimeProvider.System.TodayInKazakhstan().Year, firstTime = true, items = new[] { new { code = "37.36" } } })),
        new("POST", "/api/conformity/applications/reissue", Rule.Requires(Permission.FileConformityApplications, HttpStatusCode.Created),
            Json("/api/conformity/applications/reissue", r => new { conclusionId = r.Data.Conformity.First(c => c.Kind == Cm.Kind.Conclusion && c.Region == DemoApp.Region).Id, reason = "reorganization" })),
        new("POST", "/api/conformity/applications/{id:guid}/decisions", Rule.ProviderRecord(Cm.Kind.Application, Permission.ReviewConformityApplications, HttpStatusCode.BadRequest),
            r => (HttpMethod.Post, $"/api/conformity/applications/{r.Target}/decisions", JsonContent.Create(new { itemId = Guid.NewGuid(), criterion = 0, met = true }))),
        new("POST", "/api/conformity/applications/{id:guid}/submit", Rule.ProviderRecord(Cm.Kind.Application, Permission.ReviewConformityApplications, HttpStatusCode.Conflict),
            r => (HttpMethod.Post, $"/api/conformity/applications/{r.Target}/submit", JsonContent.Create(new { }))),
        new("POST", "/api/conformity/applications/{id:guid}/return", Rule.ProviderRecord(Cm.Kind.Application, Permission.SignConclusions, HttpStatusCode.Conflict),
            r => (HttpMethod.Post, $"/api/conformity/applications/{r.Target}/return", JsonContent.Create(new { comment = "matrix" }))),
        new("POST", "/api/conformity/applications/{id:guid}/sign", Rule.ProviderRecord(Cm.Kind.Application, Permission.SignConclusions, HttpStatusCode.Conflict),
            r => (HttpMethod.Post, $"/api/conformity/applications/{r.Target}/sign", JsonContent.Create(new { }))),
        new("POST", "/api/conformity/applications/{id:guid}/withdraw", Rule.ProviderRecord(Cm.Kind.ConcludedApplication, Permission.FileConformityApplications, HttpStatusCode.Conflict),
            r => (HttpMethod.Post, $"/api/conformity/applications/{r.Target}/withdraw", JsonContent.Create(new { }))),
        new("GET", "/api/conformity/conclusions", Rule.Requires(Permission.ViewConclusions, HttpStatusCode.OK), Get("/api/conformity/conclusions")),
        new("GET", "/api/conformity/conclusions/{id:guid}", Rule.ProviderRecord(Cm.Kind.Conclusion, Permission.ViewConclusions, HttpStatusCode.OK),
            r => (HttpMethod.Get, $"/api/conformity/conclusions/{r.Target}", null)),
        new("GET", "/api/conformity/conclusions/{id:guid}/pdf", Rule.ProviderRecord(Cm.Kind.Conclusion, Permission.ViewConclusions, HttpStatusCode.OK),
            r => (HttpMethod.Get, $"/api/conformity/conclusions/{r.Target}/pdf?lang=kk", null)),
        new("GET", "/api/conformity/register", Rule.Requires(Permission.ViewConformityRegister, HttpStatusCode.OK), Get("/api/conformity/register?code=" + Cm.ConclusionCode)),
        new("GET", "/api/conformity/alerts", Rule.Requires(Permission.ViewConclusions, HttpStatusCode.OK), Get("/api/conformity/alerts")),
        new("POST", "/api/conformity/alerts/{id:guid}/acknowledge", Rule.ProviderRecord(Cm.Kind.Alert, Permission.AcknowledgeConformityAlerts, HttpStatusCode.OK),
            r => (HttpMethod.Post, $"/api/conformity/alerts/{r.Target}/acknowledge", JsonContent.Create(new { }))),

        // --- pages of issue 4 (provider conformity): Conformity/ConformityPageMatrix.cs ---
        .. Joldama.Web.Tests.Conformity.ConformityPageMatrix.Entries,

        // --- referrals (issue 5): cases of both regions (Referrals/ReferralMatrixData.cs) ---
        .. Joldama.Web.Tests.Referrals.ReferralApiMatrix.Entries,

        // --- pages of issue 5 (referrals): Referrals/ReferralPageMatrix.cs ---
        .. Joldama.Web.Tests.Referrals.ReferralPageMatrix.Entries,

        // --- treatment abroad (issue 6): cases of both regions (Abroad/AbroadMatrixData.cs) ---
        .. Joldama.Web.Tests.Abroad.AbroadApiMatrix.Entries,

        // --- pages of issue 6 (treatment abroad): AbroadPages/AbroadPageMatrix.cs ---
        .. Joldama.Web.Tests.AbroadPages.AbroadPageMatrix.Entries,

        // --- quotas (§19, issue 6): Quotas/QuotaMatrix.cs ---
        .. Joldama.Web.Tests.Quotas.QuotaMatrix.ApiEntries,
        .. Joldama.Web.Tests.Quotas.QuotaMatrix.PageEntries,
    ];

    /// <summary>The entries run on PostgreSQL too (a smoke subset: reads, scoping by id, a write, audit).</summary>
    internal static readonly string[] PostgresSmoke =
    [
        "GET /api/account/me", "GET /api/organizations", "GET /api/organizations/{id:guid}", "POST /api/organizations",
        "GET /api/users", "GET /api/users/{id:guid}", "POST /api/audit/verify",
        "GET /api/conformity/applications/{id:guid}", "POST /api/conformity/applications", "GET /api/conformity/conclusions/{id:guid}",
        "GET /api/conformity/register", "POST /api/conformity/specialists/{id:guid}/leave",
        .. Joldama.Web.Tests.Referrals.ReferralApiMatrix.PostgresSmoke,
        .. Joldama.Web.Tests.Abroad.AbroadApiMatrix.PostgresSmoke,
        .. Joldama.Web.Tests.Quotas.QuotaMatrix.PostgresSmoke,
    ];

    public static TheoryData<string> ApiEntries => [.. Entries.Select(e => e.Key)];

    [Fact]
    public void Matrix_EveryEndpointOfTheApp_HasOneEntry()
    {
        var endpoints = EndpointKeys(fixture.App).ToHashSet(StringComparer.Ordinal);
        var declared = Entries.Select(e => e.Key).ToList();

        var duplicates = declared.GroupBy(k => k, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        var unlisted = endpoints.Except(declared, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var stale = declared.Except(endpoints, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

        Assert.True(duplicates.Count == 0, "Matrix entries declared twice:\n  " + string.Join("\n  ", duplicates));
        Assert.True(unlisted.Count == 0, "Endpoints without an entry in AccessMatrixTests.Entries (add who may call them):\n  " + string.Join("\n  ", unlisted));
        Assert.True(stale.Count == 0, "Matrix entries with no endpoint (removed or renamed?):\n  " + string.Join("\n  ", stale));
    }

    [Fact]
    public void Matrix_EndpointEnumeration_SeesEveryApiEndpointWithItsMethod()
    {
        // A guard on the enumeration itself: were it to see nothing, the test above would pass vacuously.
        var keys = EndpointKeys(fixture.App).ToList();

        Assert.Contains("GET /api/organizations/{id:guid}", keys);
        Assert.Contains("POST /api/organizations", keys);
        Assert.Contains("POST /api/audit/verify", keys);
        Assert.Contains("* /catalog", keys);
        Assert.True(keys.Count(k => k.Contains(" /api/", StringComparison.Ordinal)) >= 29, string.Join("\n", keys));
    }

    [Theory]
    [MemberData(nameof(ApiEntries))]
    public async Task Endpoint_EachRoleOwnAndForeign_ExpectedStatus(string key)
    {
        var entry = Entries.Single(e => e.Key == key);

        var mismatches = await RunAsync(fixture.App, entry);

        Assert.True(mismatches.Count == 0, $"{key}: {mismatches.Count} unexpected answer(s):\n  " + string.Join("\n  ", mismatches));
    }

    [PostgresFact]
    [Trait("Category", "Postgres")]
    public async Task Endpoint_PostgresSmokeSubset_ExpectedStatus()
    {
        await using var app = await DemoApp.StartAsync(DatabaseProvider.Postgres);
        var mismatches = new List<string>();
        foreach (var key in PostgresSmoke)
        {
            mismatches.AddRange((await RunAsync(app, Entries.Single(e => e.Key == key))).Select(m => $"{key}: {m}"));
        }

        Assert.True(mismatches.Count == 0, "On PostgreSQL:\n  " + string.Join("\n  ", mismatches));
    }

    [Fact]
    public async Task OrganizationsList_Clinician_OnlyItsOrganization()
    {
        var clinician = await fixture.App.SessionAsync("clinician");

        var ids = await OrganizationIdsAsync(clinician);

        Assert.Equal([clinician.OrganizationId], ids);
    }

    [Fact]
    public async Task OrganizationsList_CommissionMember_OnlyKaraganda()
    {
        var commission = await fixture.App.SessionAsync("commission");
        await using var db = fixture.App.Db();
        var karaganda = await db.Organizations.Where(o => o.RegionCode == DemoApp.Region).Select(o => o.Id).ToListAsync();
        var all = await db.Organizations.CountAsync();

        var ids = await OrganizationIdsAsync(commission);

        Assert.Equal(karaganda.Order(), ids.Order());
        Assert.True(karaganda.Count >= 4 && karaganda.Count < all, $"{karaganda.Count} of {all}");
    }

    [Fact]
    public async Task OrganizationsList_FundOfficer_All()
    {
        var fund = await fixture.App.SessionAsync("fund");
        await using var db = fixture.App.Db();
        var all = await db.Organizations.Select(o => o.Id).ToListAsync();

        var ids = await OrganizationIdsAsync(fund);

        Assert.Equal(all.Order(), ids.Order());
        Assert.Contains(await db.Organizations.Where(o => o.RegionCode == DemoApp.SecondRegion).Select(o => o.Id).FirstAsync(), ids);
    }

    [Fact]
    public async Task OrganizationsExport_CommissionMember_OnlyKaragandaRows()
    {
        var commission = await fixture.App.SessionAsync("commission");
        await using var db = fixture.App.Db();
        var karaganda = await db.Organizations.Where(o => o.RegionCode == DemoApp.Region).Select(o => o.Bin).ToListAsync();

        using var response = await fixture.App.GetAsync(commission, "/api/organizations/export");
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(karaganda.Order(StringComparer.Ordinal), lines.Skip(1).Select(l => l.Split(',')[0]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task UsersList_ProviderAdministrator_OnlyItsOrganizationsUsers()
    {
        var admin = await fixture.App.SessionAsync("provider-admin");
        await using var db = fixture.App.Db();
        var own = await db.Users.Where(u => u.OrganizationId == admin.OrganizationId).Select(u => u.Id).ToListAsync();

        var users = await Problems.ReadJsonAsync(await fixture.App.GetAsync(admin, "/api/users"));

        var ids = users.EnumerateArray().Select(u => u.GetProperty("id").GetGuid()).ToList();
        Assert.Equal(own.Order(), ids.Order());
        Assert.Contains(admin.UserId, ids);
        Assert.All(users.EnumerateArray(), u => Assert.Equal(admin.OrganizationId, u.GetProperty("organizationId").GetGuid()));
    }

    [Fact]
    public async Task UsersList_TerritorialHead_OnlyUsersOfKaragandaOrganizations()
    {
        var head = await fixture.App.SessionAsync("territorial-head");
        await using var db = fixture.App.Db();
        var karagandaOrganizations = await db.Organizations.Where(o => o.RegionCode == DemoApp.Region).Select(o => o.Id).ToListAsync();
        var expected = await db.Users.Where(u => karagandaOrganizations.Contains(u.OrganizationId)).Select(u => u.Id).ToListAsync();

        var users = await Problems.ReadJsonAsync(await fixture.App.GetAsync(head, "/api/users"));

        Assert.Equal(expected.Order(), users.EnumerateArray().Select(u => u.GetProperty("id").GetGuid()).Order());
        Assert.DoesNotContain(users.EnumerateArray(), u => u.GetProperty("login").GetString()!.EndsWith("-2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UsersList_Anyone_NeverShowsPasswordHashOrFullIin()
    {
        var admin = await fixture.App.SessionAsync("admin");

        using var response = await fixture.App.GetAsync(admin, "/api/users");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(DemoApp.PatientIin, body, StringComparison.Ordinal);
        Assert.DoesNotContain("AQAAAA", body, StringComparison.Ordinal); // PasswordHasher v3 hashes start so
        Assert.DoesNotContain("passwordHash", body, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("90******0017", body, StringComparison.Ordinal);
    }

    /// <summary>The method and route pattern of every endpoint, normalized: leading "/", no trailing "/", "*" when any method matches.</summary>
    internal static IEnumerable<string> EndpointKeys(DemoApp app)
    {
        foreach (var endpoint in app.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var pattern = Normalize(endpoint.RoutePattern.RawText ?? string.Empty);
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods;
            foreach (var method in methods is { Count: > 0 } ? methods : ["*"])
            {
                yield return $"{method} {pattern}";
            }
        }
    }

    internal static string Normalize(string pattern)
    {
        var trimmed = pattern.Trim('/');
        return "/" + trimmed;
    }

    /// <summary>Calls the entry as every caller (and every target of an id route); returns what differs from the expectation.</summary>
    internal static async Task<List<string>> RunAsync(DemoApp app, MatrixEntry entry)
    {
        var mismatches = new List<string>();
        var data = await MatrixData.LoadAsync(app);
        foreach (var (login, index) in Callers.Select((login, index) => (login, index)))
        {
            var session = login is null ? null : entry.FreshSessions ? await FreshSessionAsync(app, login) : await app.SessionAsync(login);

            // Each caller from its own machine: the matrix's failed sign-ins (every caller, every run of the sign-in entries)
            // would otherwise throttle one address (SignIn:MaxFailedAttemptsPerAddress), which is not what it tests.
            var from = new IPAddress([10, 77, 0, (byte)(index + 1)]);
            foreach (var (target, expected) in Expectations(entry.Rule, session, data))
            {
                var (method, url, content) = entry.Request(new MatrixRequest(session, target, data));
                using var response = await app.SendAsync(session, method, url, content, from: from);
                if (!Answers(response, url, expected, refusalRedirects: entry.Rule.Kind != RuleKind.Public))
                {
                    var body = await response.Content.ReadAsStringAsync();
                    mismatches.Add(string.Create(CultureInfo.InvariantCulture,
                        $"{(object?)session ?? "anonymous"} {method} {url}{(target is null ? string.Empty : $" [{data.Describe(target.Value)}]")}: expected {(int)expected}, got {(int)response.StatusCode} {response.Headers.Location} {Clip(body)}"));
                }
            }
        }

        if (entry.FreshSessions)
        {
            app.ForgetSessions(); // a sign-out may have ended every session of these users
        }

        return mismatches;
    }

    /// <summary>
    /// Whether the response is the expected one. Under /api a refusal is the status itself; a page refuses
    /// by redirecting: not signed in (401) to /account/signin, not allowed (403) to /account/denied.
    /// </summary>
    internal static bool Answers(HttpResponseMessage response, string url, HttpStatusCode expected, bool refusalRedirects)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (!refusalRedirects || url.StartsWith("/api/", StringComparison.Ordinal) || expected is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden))
        {
            return response.StatusCode == expected;
        }

        var target = expected == HttpStatusCode.Unauthorized ? "/account/signin" : "/account/denied";
        return response.StatusCode == HttpStatusCode.Redirect
            && response.Headers.Location?.OriginalString.Contains(target, StringComparison.OrdinalIgnoreCase) == true;
    }

    /// <summary>What a caller gets: one expectation per target (no target for routes without an id).</summary>
    internal static IEnumerable<(Guid? Target, HttpStatusCode Status)> Expectations(Rule rule, Session? caller, MatrixData data)
    {
        switch (rule.Kind)
        {
            case RuleKind.Public:
                yield return (null, rule.Success);
                break;
            case RuleKind.SignedIn:
                yield return (null, caller is null ? HttpStatusCode.Unauthorized : rule.Success);
                break;
            case RuleKind.Requires:
                yield return (null, caller is null ? HttpStatusCode.Unauthorized : Grants(caller.Role, rule.Permission!.Value) ? rule.Success : HttpStatusCode.Forbidden);
                break;
            case RuleKind.OrganizationRecord:
                foreach (var organization in data.OrganizationTargets(caller))
                {
                    yield return (organization.Id, caller is null ? HttpStatusCode.Unauthorized
                        : !Grants(caller.Role, Permission.ViewOrganizations) ? HttpStatusCode.Forbidden
                        : Within(caller, organization.Id, organization.Region) ? HttpStatusCode.OK
                        : HttpStatusCode.NotFound);
                }

                break;
            case RuleKind.UserRecord:
                foreach (var user in data.UserTargets(caller))
                {
                    yield return (user.Id, caller is null ? HttpStatusCode.Unauthorized
                        : rule.OwnAccountAlways && user.Id == caller.UserId ? HttpStatusCode.OK // one's own account
                        : !Grants(caller.Role, Permission.ViewUsers) ? HttpStatusCode.Forbidden
                        : Within(caller, user.Organization, user.Region) ? HttpStatusCode.OK
                        : HttpStatusCode.NotFound);
                }

                break;
            case RuleKind.ProviderRecord:
                foreach (var record in data.Conformity.Where(c => c.Kind == rule.Records))
                {
                    yield return (record.Id, caller is null ? HttpStatusCode.Unauthorized
                        : !Grants(caller.Role, rule.Permission!.Value) ? HttpStatusCode.Forbidden
                        : Within(caller, record.Organization, record.Region) ? rule.Success
                        : HttpStatusCode.NotFound);
                }

                break;
            case RuleKind.ReferralRecord:
                foreach (var expectation in Rf.CaseExpectations(rule, caller, data.Referrals))
                {
                    yield return expectation;
                }

                break;
            case RuleKind.PatientRecord:
                foreach (var expectation in Rf.PatientExpectations(rule, caller, data.Referrals))
                {
                    yield return expectation;
                }

                break;
            case RuleKind.AbroadRecord:
                foreach (var expectation in Joldama.Web.Tests.Abroad.AbroadMatrixData.CaseExpectations(rule, caller, data.Abroad))
                {
                    yield return expectation;
                }

                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(rule), rule.Kind, "Unknown rule.");
        }
    }

    /// <summary>The rule matrix's answer (Roles), written out here rather than asked of the code under test.</summary>
    private static bool Grants(Role role, Permission permission) => Roles.Of(role).Permissions.Contains(permission);

    /// <summary>Reach as the issue defines it: own organization, own region, or the country; a patient reaches no organization.</summary>
    private static bool Within(Session caller, Guid organization, string region) => Roles.Of(caller.Role).Reach switch
    {
        RoleReach.Country => true,
        RoleReach.Region => string.Equals(region, caller.Region, StringComparison.Ordinal),
        RoleReach.Organization => organization == caller.OrganizationId,
        _ => false,
    };

    private static async Task<Session> FreshSessionAsync(DemoApp app, string login) =>
        login.StartsWith("patient", StringComparison.Ordinal)
            ? await app.SignInPatientAsync(login == "patient" ? DemoApp.PatientIin : DemoApp.SecondPatientIin)
            : await app.SignInAsync(login, app.Password);

    private async Task<List<Guid>> OrganizationIdsAsync(Session session)
    {
        var organizations = await Problems.ReadJsonAsync(await fixture.App.GetAsync(session, "/api/organizations"));
        return organizations.EnumerateArray().Select(o => o.GetProperty("id").GetGuid()).ToList();
    }

    private static string Clip(string body) => body.Length > 300 ? body[..300] + "…" : body;

    private static Func<MatrixRequest, (HttpMethod, string, HttpContent?)> Get(string url) => _ => (HttpMethod.Get, url, null);

    private static Func<MatrixRequest, (HttpMethod, string, HttpContent?)> Json(string url, Func<MatrixRequest, object> body) =>
        r => (HttpMethod.Post, url, JsonContent.Create(body(r)));

    private static object NewOrganization()
    {
        var n = Fresh.Number().ToString(CultureInfo.InvariantCulture);
        return new
        {
            bin = Fresh.Bin(),
            nameKk = $"Матрица ұйымы {n}",
            nameRu = $"Организация матрицы {n}",
            region = "astana",
            kind = nameof(OrganizationKind.HtmcProvider),
            level = nameof(OrganizationLevel.Republican),
        };
    }

    private static StringContent CsvOfOneOrganization()
    {
        var n = Fresh.Number();
        var csv = string.Create(CultureInfo.InvariantCulture, $"bin,name_kk,name_ru,region,kind,level\n{Fresh.Bin()},Импорт ұйымы {n},Импорт {n},astana,HtmcProvider,Republican\n");
        return new StringContent(csv, Encoding.UTF8, "text/csv");
    }

    private static StringContent CsvOfOneSpecialist() => new(
        "full_name;iin;specialty;certificate_number;certificate_valid_from;certificate_valid_to;experience_years;experience_scope;experience_where;"
        + $"education_hours;education_topic;education_completed_on;radiation_permit_valid_to\nМатрица Маман;{Fresh.Iin()};;;;;3;specialty;;;;;\n",
        Encoding.UTF8, "text/csv");

    private static StringContent CsvOfOneDevice() => new(
        string.Create(CultureInfo.InvariantCulture, $"type;model;serial_number;count;out_of_order_since\nНаркозно-дыхательный аппарат;Matrix;M-{Fresh.Number()};1;\n"),
        Encoding.UTF8, "text/csv");

    private static object NewUser(MatrixData data) => new
    {
        login = string.Create(CultureInfo.InvariantCulture, $"matrix-user-{Fresh.Number()}"),
        displayName = "Matrix user",
        organizationId = data.FundOrganization,
        role = nameof(Role.FundOfficer),
        password = "a long matrix password 2026",
    };
}

internal enum RuleKind
{
    Public,
    SignedIn,
    Requires,
    OrganizationRecord,
    UserRecord,
    ProviderRecord,
    ReferralRecord,
    PatientRecord,
    AbroadRecord,
}

/// <summary>Who may call an endpoint, in terms of the rule matrix.</summary>
internal sealed record Rule(RuleKind Kind, Permission? Permission, HttpStatusCode Success)
{
    /// <summary>For <see cref="RuleKind.UserRecord"/>: one's own account is readable without the permission.</summary>
    public bool OwnAccountAlways { get; init; }

    /// <summary>For <see cref="RuleKind.ReferralRecord"/>: the endpoint makes a workflow step, so a role that acts in none gets 403 even within reach.</summary>
    public bool Acting { get; init; }

    /// <summary>For <see cref="RuleKind.ProviderRecord"/>: which conformity record the entry is about.</summary>
    public Cm.Kind Records { get; init; }

    /// <summary>
    /// A conformity record of the karaganda provider and one of the pavlodar provider: the permission, then
    /// <paramref name="status"/> within reach and 404 outside it.
    /// </summary>
    public static Rule ProviderRecord(Cm.Kind records, Permission permission, HttpStatusCode status) =>
        new(RuleKind.ProviderRecord, permission, status) { Records = records };

    /// <summary>A referral case of each region (<see cref="Rf"/>): the permission, then <paramref name="status"/> within the referral reach and 404 outside it.</summary>
    public static Rule ReferralRecord(Permission permission, HttpStatusCode status, bool acting = false) =>
        new(RuleKind.ReferralRecord, permission, status) { Acting = acting };

    /// <summary>A patient of those cases: the permission, then <paramref name="status"/> for the clinic of attachment or the referring hospital, 404 otherwise.</summary>
    public static Rule PatientRecord(Permission permission, HttpStatusCode status) => new(RuleKind.PatientRecord, permission, status);

    /// <summary>An abroad case of each region: the permission, then <paramref name="status"/> within the abroad reach and 404 outside it.</summary>
    public static Rule AbroadRecord(Permission permission, HttpStatusCode status) => new(RuleKind.AbroadRecord, permission, status);

    /// <summary>Anyone, signed in or not, gets <paramref name="status"/> for the sample request.</summary>
    public static Rule Public(HttpStatusCode status) => new(RuleKind.Public, null, status);

    /// <summary>Any signed-in user; anonymous 401.</summary>
    public static Rule SignedIn(HttpStatusCode status) => new(RuleKind.SignedIn, null, status);

    /// <summary>Roles whose permissions include <paramref name="permission"/>; others 403, anonymous 401.</summary>
    public static Rule Requires(Permission permission, HttpStatusCode status) => new(RuleKind.Requires, permission, status);

    /// <summary>One organization by id: ViewOrganizations, then 200 within reach and 404 outside it.</summary>
    public static Rule OrganizationRecord() => new(RuleKind.OrganizationRecord, Joldama.Domain.Access.Permission.ViewOrganizations, HttpStatusCode.OK);

    /// <summary>One user by id: ViewUsers, then 200 within reach and 404 outside it; with <paramref name="ownAccountAlways"/> one's own account is 200 for everyone.</summary>
    public static Rule UserRecord(bool ownAccountAlways) =>
        new(RuleKind.UserRecord, Joldama.Domain.Access.Permission.ViewUsers, HttpStatusCode.OK) { OwnAccountAlways = ownAccountAlways };
}

/// <summary>One line of the matrix: method ("*" = any) and route pattern, the rule, and how to build a sample request.</summary>
internal sealed record MatrixEntry(string Method, string Pattern, Rule Rule, Func<MatrixRequest, (HttpMethod Method, string Url, HttpContent? Content)> Request)
{
    public string Key => $"{Method} {Pattern}";

    /// <summary>Signs in anew for this entry (sign-out), and forgets the cached sessions after it.</summary>
    public bool FreshSessions { get; init; }
}

internal sealed record MatrixRequest(Session? Caller, Guid? Target, MatrixData Data);

internal sealed record OrganizationRow(Guid Id, string Region, OrganizationKind Kind, string Bin);

internal sealed record UserRow(Guid Id, string Login, Guid Organization, string Region);

/// <summary>The demo's organizations and users, to pick own, same-region and other-region targets from.</summary>
internal sealed class MatrixData
{
    private MatrixData(List<OrganizationRow> organizations, List<UserRow> users, IReadOnlyList<Cm.Row> conformity, Rf.Data referrals, Joldama.Web.Tests.Abroad.AbroadMatrixData.Data abroad)
    {
        Abroad = abroad;
        Organizations = organizations;
        Users = users;
        Conformity = conformity;
        Referrals = referrals;
    }

    /// <summary>The abroad cases of both regions and a session (Abroad/AbroadMatrixData.cs).</summary>
    public Joldama.Web.Tests.Abroad.AbroadMatrixData.Data Abroad { get; }

    /// <summary>The referral cases of both regions (<see cref="Rf"/>).</summary>
    public Rf.Data Referrals { get; }

    /// <summary>The conformity records of both regions' providers (<see cref="ConformityMatrixData"/>).</summary>
    public IReadOnlyList<Cm.Row> Conformity { get; }

    public IReadOnlyList<OrganizationRow> Organizations { get; }

    public IReadOnlyList<UserRow> Users { get; }

    public Guid FundOrganization => Organizations.First(o => o.Kind == OrganizationKind.InsuranceFund).Id;

    public static async Task<MatrixData> LoadAsync(DemoApp app)
    {
        await using var db = app.Db();
        var organizations = (await db.Organizations.AsNoTracking().ToListAsync())
            .Select(o => new OrganizationRow(o.Id, o.RegionCode, o.Kind, o.Bin)).OrderBy(o => o.Bin, StringComparer.Ordinal).ToList();
        var regionOf = organizations.ToDictionary(o => o.Id, o => o.Region);
        var users = (await db.Users.AsNoTracking().ToListAsync())
            .Select(u => new UserRow(u.Id, u.Login, u.OrganizationId, regionOf[u.OrganizationId])).OrderBy(u => u.Login, StringComparer.Ordinal).ToList();
        return new MatrixData(organizations, users, await ConformityMatrixData.EnsureAsync(app), await Rf.EnsureAsync(app), await Joldama.Web.Tests.Abroad.AbroadMatrixData.EnsureAsync(app));
    }

    /// <summary>Own organization, another one of the caller's region, and one of the other region (pavlodar).</summary>
    public IEnumerable<OrganizationRow> OrganizationTargets(Session? caller)
    {
        if (caller is null)
        {
            yield return Organizations.First(o => o.Region == DemoApp.Region);
            yield return Organizations.First(o => o.Region == DemoApp.SecondRegion);
            yield break;
        }

        var own = Organizations.Single(o => o.Id == caller.OrganizationId);
        yield return own;
        if (Organizations.FirstOrDefault(o => o.Region == caller.Region && o.Id != own.Id) is { } sibling)
        {
            yield return sibling;
        }

        yield return Organizations.FirstOrDefault(o => o.Region == DemoApp.SecondRegion && o.Kind == own.Kind)
            ?? Organizations.First(o => o.Region == DemoApp.SecondRegion);
    }

    /// <summary>The caller's own account, a colleague of the same organization (when there is one), and a user of pavlodar.</summary>
    public IEnumerable<UserRow> UserTargets(Session? caller)
    {
        if (caller is null)
        {
            yield return Users.First(u => u.Login == "patient");
            yield return Users.First(u => u.Login == "clinician-2");
            yield break;
        }

        yield return Users.Single(u => u.Id == caller.UserId);
        if (Users.FirstOrDefault(u => u.Organization == caller.OrganizationId && u.Id != caller.UserId && u.Login.StartsWith("matrix-", StringComparison.Ordinal) == false) is { } colleague)
        {
            yield return colleague;
        }

        yield return Users.FirstOrDefault(u => u.Login == caller.Login + "-2") ?? Users.First(u => u.Login == "clinician-2");
    }

    public string Describe(Guid id) =>
        Organizations.FirstOrDefault(o => o.Id == id) is { } o ? $"organization {o.Kind} in {o.Region}"
        : Users.FirstOrDefault(u => u.Id == id) is { } u ? $"user {u.Login} in {u.Region}"
        : Conformity.FirstOrDefault(c => c.Id == id) is { } c ? $"{c.Kind} in {c.Region}"
        : Rf.Describe(Referrals, id) ?? Joldama.Web.Tests.Abroad.AbroadMatrixData.Describe(Abroad, id) ?? id.ToString();
}
