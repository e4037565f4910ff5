using System.Net;
using System.Net.Http.Json;
using Joldama.Web.Tests.Infrastructure;

namespace Joldama.Web.Tests;

public sealed class IdentifierApiTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    [Fact]
    public async Task CheckIin_Valid_BirthDateSexAndMaskedNumberOnly()
    {
        using var client = fixture.App.CreateClient();

        var response = await client.PostAsJsonAsync(new Uri("/api/identifiers/iin/check", UriKind.Relative), new { number = "900101300017" });

        var body = await response.Content.ReadAsStringAsync();
        var json = await Problems.ReadJsonAsync(response);
        Assert.Equal("1990-01-01", json.GetProperty("birthDate").GetString());
        Assert.Equal("male", json.GetProperty("sex").GetString());
        Assert.Equal("90******0017", json.GetProperty("masked").GetString());
        Assert.Empty(json.GetProperty("warnings").EnumerateArray());
        Assert.DoesNotContain("900101300017", body, StringComparison.Ordinal); // restricted personal data
    }

    [Fact]
    public async Task CheckIin_WrongCheckDigit_400CheckDigitMismatchWithoutTheNumber()
    {
        using var client = fixture.App.CreateClient();

        var response = await client.PostAsJsonAsync(new Uri("/api/identifiers/iin/check", UriKind.Relative), new { number = "061211600013" });

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest, "identifier.check_digit_mismatch");
        Assert.Equal("2", problem.GetProperty("args").GetProperty("expected").GetString());
        Assert.Equal("3", problem.GetProperty("args").GetProperty("actual").GetString());
        Assert.DoesNotContain("061211600013", problem.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{}", "identifier.empty")]
    [InlineData("{\"number\":\"\"}", "identifier.empty")]
    [InlineData("{\"number\":\"90010130001\"}", "identifier.wrong_length")]
    [InlineData("{\"number\":\"90010130001a\"}", "identifier.not_digits")]
    [InlineData("null", "identifier.empty")]
    public async Task CheckIin_Invalid_400WithItsCode(string body, string code)
    {
        using var client = fixture.App.CreateClient();
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");

        var response = await client.PostAsync(new Uri("/api/identifiers/iin/check", UriKind.Relative), content);

        await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest, code);
    }

    [Fact]
    public async Task CheckIin_CenturyDigitOutOfRange_ValidWithLocalizedWarning()
    {
        using var client = fixture.App.CreateClient();

        var ru = await Problems.ReadJsonAsync(await client.PostAsJsonAsync(new Uri("/api/identifiers/iin/check?lang=ru", UriKind.Relative), new { number = "991231801231" }));
        var kk = await Problems.ReadJsonAsync(await client.PostAsJsonAsync(new Uri("/api/identifiers/iin/check?lang=kk", UriKind.Relative), new { number = "991231801231" }));

        var ruWarning = Assert.Single(ru.GetProperty("warnings").EnumerateArray());
        var kkWarning = Assert.Single(kk.GetProperty("warnings").EnumerateArray());
        Assert.Equal("iin.century_digit_out_of_range", ruWarning.GetProperty("code").GetString());
        Assert.Contains("ИИН", ruWarning.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.True(Problems.HasKazakhLetter(kkWarning.GetProperty("message").GetString()!));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, ru.GetProperty("birthDate").ValueKind);
    }

    [Fact]
    public async Task CheckBin_Valid_RegistrationTypeAndAttribute()
    {
        using var client = fixture.App.CreateClient();

        var json = await Problems.ReadJsonAsync(await client.PostAsJsonAsync(new Uri("/api/identifiers/bin/check", UriKind.Relative), new { number = "971240001315" }));

        Assert.Equal("971240001315", json.GetProperty("bin").GetString());
        Assert.Equal(97, json.GetProperty("registrationYear").GetInt32());
        Assert.Equal(12, json.GetProperty("registrationMonth").GetInt32());
        Assert.Equal("ResidentLegalEntity", json.GetProperty("entityType").GetString());
        Assert.Equal("HeadOffice", json.GetProperty("attribute").GetString());
    }

    [Fact]
    public async Task CheckBin_WrongCheckDigit_400CheckDigitMismatch()
    {
        using var client = fixture.App.CreateClient();

        var response = await client.PostAsJsonAsync(new Uri("/api/identifiers/bin/check", UriKind.Relative), new { number = "971240001316" });

        await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest, "identifier.check_digit_mismatch");
    }
}
