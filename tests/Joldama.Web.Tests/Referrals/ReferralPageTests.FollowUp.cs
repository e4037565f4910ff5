using System.Net;
using Joldama.Web.Tests.Infrastructure;

namespace Joldama.Web.Tests.Referrals;

/// <summary>§42 on the pages: the case page's follow-up form and list; the annual report page with its files.</summary>
public sealed partial class ReferralPageTests
{
    [Fact]
    public async Task FollowUp_ClinicRecordsAnEntry_ListedAndABadDateRefusedOnTheForm()
    {
        var clinician = await App.SessionAsync("clinician");
        var id = await new ReferralApi(App).DischargedCaseAsync(clinician);
        var url = $"/referrals/{id}";

        // A date before the discharge: the form says so in Russian and keeps what was typed.
        var casePage = await OpenFormAsync(clinician, url + "?lang=ru");
        Assert.Contains("id=\"follow-up-form\"", casePage.Page, StringComparison.Ordinal);
        var refused = await casePage.PostAsync(url + "?handler=FollowUp&lang=ru", HttpStatusCode.UnprocessableEntity,
            ("FollowUp.Kind", "complication"), ("FollowUp.On", "2026-02-27"), ("FollowUp.Note", "Гематома"));
        var form = Html.ById(refused, "follow-up") ?? string.Empty;
        Assert.Contains("раньше выписки", Html.Problem(form) ?? string.Empty, StringComparison.Ordinal);
        Assert.Contains("value=\"2026-02-27\"", form, StringComparison.Ordinal);
        Assert.Contains(">Гематома</textarea>", form, StringComparison.Ordinal);
        Assert.Contains("id=\"follow-up-on\" value=\"2026-02-27\" max=\"2026-03-02\" aria-invalid=\"true\"", form, StringComparison.Ordinal);

        // Without a kind: the kind's own text, in Kazakh.
        casePage = await OpenFormAsync(clinician, url + "?lang=kk");
        var noKind = await casePage.PostAsync(url + "?handler=FollowUp&lang=kk", HttpStatusCode.BadRequest, ("FollowUp.On", "2026-03-02"));
        Assert.Contains("42-тармағы", Html.Problem(Html.ById(noKind, "follow-up") ?? string.Empty) ?? string.Empty, StringComparison.Ordinal);

        var location = await casePage.PostForRedirectAsync(url + "?handler=FollowUp", ("FollowUp.Kind", "complication"), ("FollowUp.On", "2026-03-02"), ("FollowUp.Note", "Гематома"));
        Assert.Equal($"/referrals/{id}?done=follow-up#follow-up", location);
        var shown = await GetPageAsync(clinician, location.Split('#')[0] + "&lang=ru");
        Assert.Contains("data-kind=\"complication\" data-on=\"2026-03-02\"", Html.ById(shown, "follow-ups") ?? string.Empty, StringComparison.Ordinal);
        Assert.Contains("Осложнение", Html.ById(shown, "follow-ups") ?? string.Empty, StringComparison.Ordinal);
        AssertEveryTextFound(shown);

        // The region's analyst sees the entries, without the form.
        var analyst = await GetPageAsync(await App.SessionAsync("analyst"), url + "?lang=kk");
        Assert.Contains("Асқыну", Html.ById(analyst, "follow-ups") ?? string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain("follow-up-form", analyst, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("analyst", "kk", "31.03.2027 дейін")]
    [InlineData("secretary", "ru", "Представить до 31.03.2027")]
    public async Task Report_YearWithADischargedCase_TableDuePeriodAndFiles(string login, string lang, string due)
    {
        var clinician = await App.SessionAsync("clinician");
        await new ReferralApi(App).DischargedCaseAsync(clinician);
        var session = await App.SessionAsync(login);

        var page = await GetPageAsync(session, $"/referrals/report?Year=2026&lang={lang}");

        Assert.Contains(due, Html.ById(page, "report-due") ?? string.Empty, StringComparison.Ordinal);
        Assert.Contains($"data-code=\"{ReferralApi.Code}\"", Html.ById(page, "report") ?? string.Empty, StringComparison.Ordinal);
        Assert.Contains("id=\"report-total\"", page, StringComparison.Ordinal);
        Assert.Contains("data-tab=\"report\"", page, StringComparison.Ordinal);
        AssertEveryTextFound(page);
        foreach (var (handler, type) in new[] { ("Csv", "text/csv"), ("Xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet") })
        {
            using var file = await App.GetAsync(session, $"/referrals/report?handler={handler}&Year=2026&lang={lang}");
            Assert.Equal(HttpStatusCode.OK, file.StatusCode);
            Assert.Equal(type, file.Content.Headers.ContentType?.MediaType);
            Assert.Contains($"href=\"/referrals/report?handler={handler}&Year=2026\"", page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Report_YearOutOfRange_ProblemOnThePage()
    {
        var page = await GetPageAsync(await App.SessionAsync("analyst"), "/referrals/report?Year=1999&lang=ru", HttpStatusCode.BadRequest);

        Assert.Contains("2000", Html.Problem(page) ?? string.Empty, StringComparison.Ordinal);
    }
}
