using Joldama.Application.Audit;
using Joldama.Application.Organizations;
using Joldama.Domain.Access;
using Joldama.Domain.Catalog;
using Joldama.Web.Access;
using Joldama.Web.Localization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Joldama.Web.Pages;

/// <summary>
/// Home: the public start page, or for a signed-in user their role, what that role does in Joldama
/// and the pages it may open now (by permission, the same rule the pages themselves enforce).
/// </summary>
public sealed class IndexModel(OrganizationService organizations) : PageModel
{
    /// <summary>A page the role may open: its path, the navigation key of its name and the key of its one-line description.</summary>
    public sealed record PageLink(string Id, string Href, string NameKey, string DescriptionKey);

    private static readonly PageLink[] PublicPages =
    [
        new("catalog", "/catalog", "nav.catalog", "home.catalog"),
        new("funding", "/funding", "nav.funding", "home.funding"),
        new("calendar", "/calendar", "nav.calendar", "home.calendar"),
        new("identifiers", "/identifiers", "nav.identifiers", "home.identifiers"),
    ];

    public Role? Role { get; private set; }

    public RoleReach Reach { get; private set; }

    public string? Login { get; private set; }

    public string? OrganizationName { get; private set; }

    public string? MaskedIin { get; private set; }

    public IReadOnlyList<PageLink> Pages { get; private set; } = PublicPages;

    public async Task OnGetAsync()
    {
        var scope = User.Scope();
        if (scope is null)
        {
            return;
        }

        Role = scope.Role;
        Reach = scope.Reach;
        Login = User.Identity?.Name;
        MaskedIin = scope.PatientIin is null ? null : AuditSearch.Mask(scope.PatientIin);
        var organization = await organizations.GetAsync(scope, scope.OrganizationId, HttpContext.RequestAborted);
        OrganizationName = organization.IsError ? null : organization.Value.Name(Languages.Current);
        Pages = PagesOf(scope);
    }

    /// <summary>The pages <paramref name="scope"/>'s role may open now. A patient has no staff tool: the public reference pages only.</summary>
    public static IReadOnlyList<PageLink> PagesOf(AccessScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        List<PageLink> pages = scope.Role == Domain.Access.Role.Patient ? [.. PublicPages.Take(3)] : [.. PublicPages];
        if (scope.Can(Permission.ViewOrganizations))
        {
            pages.Add(new("organizations", "/admin/organizations", "nav.organizations", scope.Can(Permission.ManageOrganizations) ? "home.organizations.manage" : "home.organizations"));
        }

        if (scope.Can(Permission.ViewUsers))
        {
            pages.Add(new("users", "/admin/users", "nav.users", scope.Can(Permission.ManageUsers) ? "home.users.manage" : "home.users"));
        }

        if (scope.Can(Permission.ViewAudit))
        {
            pages.Add(new("audit", "/audit", "nav.audit", "home.audit"));
        }

        if (scope.Can(Permission.VerifyAudit))
        {
            pages.Add(new("audit-verify", "/audit/verify", "nav.auditVerify", "home.auditVerify"));
        }

        // Provider conformity (seed 001 §22–30).
        if (scope.Can(Permission.ViewConformityApplications))
        {
            pages.Add(new("conformity-applications", "/conformity/applications", "nav.conformityApplications",
                scope.Can(Permission.FileConformityApplications) ? "home.conformityApplications.file"
                : scope.Can(Permission.ReviewConformityApplications) ? "home.conformityApplications.review"
                : scope.Can(Permission.SignConclusions) ? "home.conformityApplications.sign"
                : "home.conformityApplications"));
        }

        if (scope.Can(Permission.ViewConclusions))
        {
            pages.Add(new("conformity-conclusions", "/conformity/conclusions", "nav.conformityConclusions", "home.conformityConclusions"));
            pages.Add(new("conformity-alerts", "/conformity/alerts", "nav.conformityAlerts", "home.conformityAlerts"));
        }

        if (scope.Can(Permission.ViewProviderResources))
        {
            pages.Add(new("conformity-resources", "/conformity/resources", "nav.conformityResources",
                scope.Can(Permission.ManageProviderResources) ? "home.conformityResources.manage" : "home.conformityResources"));
        }

        if (scope.Can(Permission.ViewConformityRegister))
        {
            pages.Add(new("conformity-register", "/conformity/register", "nav.conformityRegister", "home.conformityRegister"));
        }

        // Referrals (seed 001 §31–42).
        if (scope.Can(Permission.PrepareReferrals))
        {
            pages.Add(new("referrals", "/referrals", "nav.referrals", "home.referrals"));
            pages.Add(new("referrals-new", "/referrals/new", "nav.referralsNew", "home.referralsNew"));
        }

        if (scope.Can(Permission.DecideReferrals))
        {
            pages.Add(new("referrals-queue", "/referrals/queue", "nav.referralsQueue", "home.referralsQueue"));
        }

        if (scope.Can(Permission.HandleReferrals))
        {
            pages.Add(new("referrals-incoming", "/referrals/incoming", "nav.referralsIncoming", "home.referralsIncoming"));
        }

        if (scope.Can(Permission.ViewRefusalJournal))
        {
            pages.Add(new("referrals-refusals", "/referrals/refusals", "nav.referralsRefusals", "home.referralsRefusals"));
        }

        // Treatment abroad (order No. 544, seeds 003 and 004).
        if (scope.Can(Permission.ViewAbroadCases))
        {
            pages.Add(new("abroad", "/abroad", "nav.abroad", "home.abroad"));
        }

        if (scope.Can(Permission.ViewAbroadSessions))
        {
            pages.Add(new("abroad-sessions", "/abroad/sessions", "nav.abroadSessions", "home.abroadSessions"));
        }

        if (scope.Can(Permission.PrepareAbroadCases))
        {
            pages.Add(new("abroad-new", "/abroad/new", "nav.abroadNew", "home.abroadNew"));
        }

        // Quotas for the vulnerable groups (seed 001 §19).
        if (scope.Can(Permission.DecideQuotaAdmissions))
        {
            pages.Add(new("quotas", "/quotas", "quota.tab.decide", "home.quotas"));
        }

        if (scope.Can(Permission.ViewQuotaReports))
        {
            pages.Add(new("quotas-periods", "/quotas/periods", "quota.tab.periods", scope.Can(Permission.ManageQuotaVolumes) ? "home.quotasPeriods.manage" : "home.quotasPeriods"));
            pages.Add(new("quotas-report", "/quotas/report", "quota.report.title", "home.quotasReport"));
        }

        if (scope.Can(Permission.ManagePandemicMode))
        {
            pages.Add(new("quotas-pandemic", "/quotas/pandemic", "quota.pandemic.title", "home.quotasPandemic"));
        }

        if (scope.Can(Permission.ViewOwnRecords))
        {
            pages.Add(new("cabinet", "/cabinet", "nav.cabinet", "home.cabinet"));
        }

        return pages;
    }
}

internal static class OrganizationNames
{
    public static string Name(this Data.Organizations.Organization organization, TextLanguage language) =>
        language == TextLanguage.Kk ? organization.NameKk : organization.NameRu;

    /// <summary>
    /// In the alphabetical order of the page's language (Kazakh letters Ә, Ғ, Қ, Ң, Ө, Ұ, Ү, Һ, І in
    /// their places, which the database's ordinal order does not give), then by BIN.
    /// </summary>
    public static IEnumerable<Data.Organizations.Organization> InNameOrder(this IEnumerable<Data.Organizations.Organization> organizations)
    {
        var language = Languages.Current;
        var alphabetical = StringComparer.Create(System.Globalization.CultureInfo.CurrentUICulture, ignoreCase: true);
        return organizations.OrderBy(o => o.Name(language), alphabetical).ThenBy(o => o.Bin, StringComparer.Ordinal);
    }
}
