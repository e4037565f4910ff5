using System.Net;
using Joldama.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Joldama.Web.Tests;

public sealed class PageTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    public static TheoryData<string, string> PagesInBothLanguages()
    {
        var data = new TheoryData<string, string>();
        foreach (var page in new[] { "/", "/catalog", "/catalog/35.21", "/funding", "/funding?code=35.21&form=planned&insured=yes", "/calendar", "/calendar?start=2026-03-20&days=1", "/identifiers" })
        {
            data.Add(page, "kk");
            data.Add(page, "ru");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PagesInBothLanguages))]
    public async Task Page_EitherLanguage_200InThatLanguage(string url, string lang)
    {
        using var client = fixture.App.CreateClient();

        var page = await Html.ReadPageAsync(await client.GetAsync(new Uri(url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "lang=" + lang, UriKind.Relative)));

        Assert.Equal(lang, Html.Lang(page));
        Assert.Contains(lang == "kk" ? "ЖТМК тізбесі" : "Перечень ВТМП", page, StringComparison.Ordinal); // the navigation
        Assert.Null(Html.Problem(page));
    }

    [Fact]
    public async Task Page_NoLanguageChosen_Russian()
    {
        using var client = fixture.App.CreateClient();

        var page = await Html.ReadPageAsync(await client.GetAsync(new Uri("/", UriKind.Relative)));

        Assert.Equal("ru", Html.Lang(page));
    }

    [Fact]
    public async Task SwitchLanguage_Kk_SetsCultureCookieAndRedirectsToReturnUrl()
    {
        using var client = fixture.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

        var response = await client.GetAsync(new Uri("/lang/kk?returnUrl=" + Uri.EscapeDataString("/catalog?q=35.2"), UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/catalog?q=35.2", response.Headers.Location?.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal));
        Assert.StartsWith(".AspNetCore.Culture=c%3Dkk-KZ%7Cuic%3Dkk-KZ;", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);

        // The cookie now chooses the language of every page, until switched back.
        var page = await Html.ReadPageAsync(await client.GetAsync(new Uri("/catalog?q=35.2", UriKind.Relative)));
        Assert.Equal("kk", Html.Lang(page));
        Assert.Contains("ЖТМК түрлерінің тізбесі", page, StringComparison.Ordinal);

        await client.GetAsync(new Uri("/lang/ru", UriKind.Relative));
        Assert.Equal("ru", Html.Lang(await Html.ReadPageAsync(await client.GetAsync(new Uri("/catalog", UriKind.Relative)))));
    }

    [Fact]
    public async Task SwitchLanguage_Cookie_ExpiresOneYearFromNow()
    {
        using var client = fixture.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync(new Uri("/lang/kk", UriKind.Relative));

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal));
        var expires = cookie.Split(';').Select(p => p.Trim()).Single(p => p.StartsWith("expires=", StringComparison.OrdinalIgnoreCase))["expires=".Length..];
        var expiresAt = DateTimeOffset.Parse(expires, System.Globalization.CultureInfo.InvariantCulture);
        var expected = SqliteAppFixture.Now.AddYears(1);
        Assert.True(Math.Abs((expiresAt - expected).TotalDays) < 2, $"the language cookie expires {expiresAt:u}, not about a year after now ({SqliteAppFixture.Now:u})");
    }

    [Theory]
    [InlineData("https://evil.example")]
    [InlineData("//evil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("https:evil.example")]
    [InlineData("javascript:alert(1)")]
    [InlineData("")]
    public async Task SwitchLanguage_NonLocalReturnUrl_RedirectsToRoot(string returnUrl)
    {
        using var client = fixture.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync(new Uri("/lang/kk?returnUrl=" + Uri.EscapeDataString(returnUrl), UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task CatalogSearch_KazakhWord_Lists33_6()
    {
        using var client = fixture.App.CreateClient();

        var page = await Html.ReadPageAsync(await client.GetAsync(new Uri("/catalog?q=" + Uri.EscapeDataString("жүрек"), UriKind.Relative)));

        Assert.Contains("href=\"/catalog/33.6\"", page, StringComparison.Ordinal);
        Assert.Contains("Комбинированная трансплантация комплекса", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CatalogCode_35_21_ShowsListRowAndCharacteristics()
    {
        using var client = fixture.App.CreateClient();

        var page = await Html.ReadPageAsync(await client.GetAsync(new Uri("/catalog/35.21", UriKind.Relative)));

        Assert.Equal("35.21", Html.ById(page, "code"));
        Assert.Contains("id=\"item-26\"", page, StringComparison.Ordinal);
        Assert.Contains("Характеристики (приказ ҚР ДСМ-238/2020, приложение 2)", page, StringComparison.Ordinal);
        Assert.Contains("Кардиохирургия (взрослая, детская)", page, StringComparison.Ordinal);
        Assert.Contains("Аппарат искусственного кровообращения", page, StringComparison.Ordinal);
        Assert.Contains("Table 3, row 18", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/funding?code=35.21\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CatalogCode_Kazakh_ShowsKazakhNames()
    {
        using var client = fixture.App.CreateClient();

        var page = await Html.ReadPageAsync(await client.GetAsync(new Uri("/catalog/35.21?lang=kk", UriKind.Relative)));

        Assert.Equal("Аорталық қақпақшаны тіндік транспланттаумен ашық және басқаша ауыстыру", Html.ById(page, "name"));
        Assert.Contains("Жасанды қанайналым аппараты", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ru", "Кода 99.99 нет ни в перечне ВТМП, ни в характеристиках.")]
    [InlineData("kk", "99.99 коды ЖТМК тізбесінде де, сипаттамаларда да жоқ.")]
    public async Task CatalogCode_Unknown_404PageWithMessage(string lang, string message)
    {
        using var client = fixture.App.CreateClient();

        var page = await Html.ReadPageAsync(await client.GetAsync(new Uri("/catalog/99.99?lang=" + lang, UriKind.Relative)), HttpStatusCode.NotFound);

        Assert.Equal(message, Html.Problem(page));
    }

    [Fact]
    public async Task CatalogCode_Malformed_400PageWithMessage()
    {
        using var client = fixture.App.CreateClient();

        var page = await Html.ReadPageAsync(await client.GetAsync(new Uri("/catalog/35,21", UriKind.Relative)), HttpStatusCode.BadRequest);

        Assert.StartsWith("«35,21» — не код ВТМП", Html.Problem(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Funding_PlannedUninsuredOnTable3_ShowsTheVerdict()
    {
        using var client = fixture.App.CreateClient();

        var page = await Html.ReadPageAsync(await client.GetAsync(new Uri("/funding?code=35.21&form=planned&insured=no&date=2026-03-02", UriKind.Relative)));

        Assert.Contains("class=\"verdict notcovered\" id=\"verdict\"", page, StringComparison.Ordinal);
        Assert.Contains("Не покрывается перечнями", page, StringComparison.Ordinal);
        Assert.StartsWith("Код есть в таблице 3 (строка 18)", Html.ById(page, "explanation"), StringComparison.Ordinal);
        Assert.Contains("planned-table-3", page, StringComparison.Ordinal);
        Assert.Null(Html.Problem(page));
    }

    [Fact]
    public async Task Funding_Kazakh_ShowsTheVerdictInKazakh()
    {
        using var client = fixture.App.CreateClient();

        var page = await Html.ReadPageAsync(await client.GetAsync(new Uri("/funding?code=35.21&form=planned&insured=yes&lang=kk", UriKind.Relative)));

        Assert.Contains("Қамтылады", page, StringComparison.Ordinal);
        Assert.StartsWith("Код жоспарлы емдеуге жатқызу кезінде МӘМС жүйесіндегі 3-кестеде", Html.ById(page, "explanation"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ru", "«35,21» — не код ВТМП: нужны две цифры, точка и от одной до четырёх цифр, например 35.21.")]
    [InlineData("kk", null)]
    public async Task Funding_MalformedCode_LocalizedMessageOnThePage(string lang, string? message)
    {
        using var client = fixture.App.CreateClient();

        var response = await client.GetAsync(new Uri("/funding?code=35,21&form=planned&insured=no&lang=" + lang, UriKind.Relative));

        var page = await Html.ReadPageAsync(response);
        var problem = Html.Problem(page);
        Assert.NotNull(problem);
        Assert.Contains("35,21", problem, StringComparison.Ordinal);
        if (message is not null)
        {
            Assert.Equal(message, problem);
        }
        else
        {
            Assert.True(Problems.HasKazakhLetter(problem), problem);
        }

        Assert.DoesNotContain("id=\"verdict\"", page, StringComparison.Ordinal);
        Assert.Contains("value=\"35,21\"", page, StringComparison.Ordinal); // the form keeps what the user typed
    }

    [Fact]
    public async Task Calendar_AddWorkingDays_ShowsTheDueDate()
    {
        using var client = fixture.App.CreateClient();

        var page = await Html.ReadPageAsync(await client.GetAsync(new Uri("/calendar?start=2026-03-20&days=1", UriKind.Relative)));

        Assert.Contains("26 марта 2026", Html.ById(page, "due"), StringComparison.Ordinal);
        Assert.Contains("Наурыз мейрамы", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Calendar_YearMissing_LocalizedMessageOnThePage()
    {
        using var client = fixture.App.CreateClient();

        var page = await Html.ReadPageAsync(await client.GetAsync(new Uri("/calendar?start=2028-01-04&days=1", UriKind.Relative)));

        Assert.Equal("Календарь рабочих дней на 2028 год не загружен — срок не может быть посчитан без него.", Html.Problem(page));
    }

    [Fact]
    public async Task Identifiers_PostWithAntiforgeryToken_ShowsTheCheckedNumberMasked()
    {
        using var client = fixture.App.CreateClient();
        var form = await Html.ReadPageAsync(await client.GetAsync(new Uri("/identifiers", UriKind.Relative)));
        using var content = new FormUrlEncodedContent(
        [
            new("Kind", "iin"),
            new("Number", "900101 300017"),
            new("__RequestVerificationToken", Html.AntiforgeryToken(form)),
        ]);

        var page = await Html.ReadPageAsync(await client.PostAsync(new Uri("/identifiers", UriKind.Relative), content));

        Assert.Contains("Номер верный", page, StringComparison.Ordinal);
        Assert.Contains("90******0017", page, StringComparison.Ordinal);
        Assert.Contains("1 января 1990", page, StringComparison.Ordinal);
        Assert.DoesNotContain("900101300017", page, StringComparison.Ordinal);
        Assert.Null(Html.Problem(page));
    }

    [Fact]
    public async Task Identifiers_PostInvalidWithToken_LocalizedMessageOnThePage()
    {
        using var client = fixture.App.CreateClient();
        var form = await Html.ReadPageAsync(await client.GetAsync(new Uri("/identifiers?lang=kk", UriKind.Relative)));
        using var content = new FormUrlEncodedContent(
        [
            new("Kind", "iin"),
            new("Number", "061211600013"),
            new("__RequestVerificationToken", Html.AntiforgeryToken(form)),
        ]);

        var page = await Html.ReadPageAsync(await client.PostAsync(new Uri("/identifiers?lang=kk", UriKind.Relative), content));

        Assert.StartsWith("Бақылау цифры сәйкес келмейді", Html.Problem(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Identifiers_PostWithoutAntiforgeryToken_400()
    {
        using var client = fixture.App.CreateClient();
        await client.GetAsync(new Uri("/identifiers", UriKind.Relative)); // even with the antiforgery cookie set
        using var content = new FormUrlEncodedContent([new("Kind", "iin"), new("Number", "900101300017")]);

        var response = await client.PostAsync(new Uri("/identifiers", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("90******0017", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
