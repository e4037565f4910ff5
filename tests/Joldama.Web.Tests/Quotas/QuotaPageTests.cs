using System.Net;
using Joldama.Web.Tests.Access;
using Joldama.Web.Tests.Infrastructure;

namespace Joldama.Web.Tests.Quotas;

/// <summary>
/// The quota pages' forms (seed 001 §19): the ministry declares a pandemic period and the head's form then shows ¶2's 30 %
/// for its regional organization; an overlapping pandemic period and an overlapping planned volume are refused on their
/// forms, in the page's language.
/// </summary>
public sealed class QuotaPageTests(DemoAppFixture fixture) : IClassFixture<DemoAppFixture>
{
    private DemoApp App => fixture.App;

    [Fact]
    public async Task PandemicDeclared_HeadsFormShows30Percent_OverlapRefusedInRussian()
    {
        var ministry = await App.SessionAsync("catalog-admin");
        var head = await App.SessionAsync("hospital-head");
        var before = await Html.ReadPageAsync(await App.GetAsync(head, "/quotas?lang=ru"));
        Assert.Contains("data-mode=\"Normal\"", before, StringComparison.Ordinal);

        var form = await PageForm.OpenAsync(App, ministry, "/quotas/pandemic?lang=ru");
        await form.PostForRedirectAsync("/quotas/pandemic", ("Form.From", "2000-01-01"), ("Form.To", "2099-12-31"), ("Form.Basis", "Указ (тест)"));
        form = await PageForm.OpenAsync(App, ministry, "/quotas/pandemic?lang=ru");
        var refused = await form.PostAsync("/quotas/pandemic?lang=ru", HttpStatusCode.Conflict, ("Form.From", "2050-01-01"), ("Form.To", "2050-12-31"), ("Form.Basis", "Второй"));

        Assert.Equal("Период пандемии 2000-01-01 – 2099-12-31 уже объявлен: периоды не должны пересекаться.", Html.Problem(refused));
        Assert.Contains("Указ (тест)", refused, StringComparison.Ordinal);
        var after = await Html.ReadPageAsync(await App.GetAsync(head, "/quotas?lang=ru"));
        Assert.Contains("data-mode=\"Pandemic\"", after, StringComparison.Ordinal);
        Assert.Contains("data-percent=\"30\"", after, StringComparison.Ordinal);
        Assert.Contains("data-limit=\"6\"", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Periods_HeadSetsOverlappingVolume_RefusedOnTheFormInKazakh_FreeYearAccepted()
    {
        var head = await App.SessionAsync("hospital-head");
        var form = await PageForm.OpenAsync(App, head, "/quotas/periods?lang=kk");

        var refused = await form.PostAsync("/quotas/periods?lang=kk", HttpStatusCode.Conflict, ("Form.From", "2026-12-01"), ("Form.To", "2027-01-31"), ("Form.PlannedVolume", "40"));
        await form.PostForRedirectAsync("/quotas/periods", ("Form.From", "2031-01-01"), ("Form.To", "2031-12-31"), ("Form.PlannedVolume", "40"));

        Assert.StartsWith("Ұйымда 2026-01-01 – 2026-12-31 кезеңіне", Html.Problem(refused), StringComparison.Ordinal);
        var page = await Html.ReadPageAsync(await App.GetAsync(head, "/quotas/periods?lang=ru"));
        Assert.Contains("01.01.2031 – 31.12.2031", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Periods_Analyst_ReadsNoForm()
    {
        var analyst = await App.SessionAsync("analyst");

        var page = await Html.ReadPageAsync(await App.GetAsync(analyst, "/quotas/periods?lang=ru"));

        Assert.DoesNotContain("id=\"quota-period-form\"", page, StringComparison.Ordinal);
        Assert.Contains("id=\"quota-periods\"", page, StringComparison.Ordinal);
    }
}
