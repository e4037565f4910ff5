using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Joldama.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Joldama.Web.Tests.Access;

/// <summary>
/// Class fixture: the demo app with lock-out after 3 failures (SignIn:MaxFailedAttempts=3). Its tests send all their
/// failures from the test host's one address, so the throttle per address (tested in SignInThrottleTests) is set out of reach.
/// </summary>
public sealed class SignInAppFixture : IAsyncLifetime
{
    public const int MaxFailedAttempts = 3;

    public DemoApp App { get; private set; } = null!;

    public async Task InitializeAsync() =>
        App = await DemoApp.StartAsync(settings: new Dictionary<string, string?>
        {
            ["SignIn:MaxFailedAttempts"] = "3", ["SignIn:LockoutMinutes"] = "15", ["SignIn:MaxFailedAttemptsPerAddress"] = "1000",
        });

    public async Task DisposeAsync() => await App.DisposeAsync();
}

/// <summary>
/// Sign-in (issue 3, ASVS V6/V7): lock-out, no login probing, the session cookie's flags, no session
/// fixation, sign-out, the absolute session lifetime, disabled users, and the patient's SMS code.
/// Each test uses its own demo users, so the order of the tests does not matter.
/// </summary>
public sealed class SignInTests(SignInAppFixture fixture)
    : IClassFixture<SignInAppFixture>
{
    private DemoApp App => fixture.App;

    [Fact]
    public async Task SignIn_MaxFailedAttemptsWrongPasswords_LockedEvenWithRightPasswordUntilLockoutPasses()
    {
        Assert.Equal(SignInAppFixture.MaxFailedAttempts, App.SignIn.MaxFailedAttempts);
        for (var attempt = 1; attempt < SignInAppFixture.MaxFailedAttempts; attempt++)
        {
            await Problems.AssertProblemAsync(await SignInAsync("inspector", "wrong password number " + attempt.ToString(CultureInfo.InvariantCulture)), HttpStatusCode.BadRequest, "auth.invalid_credentials");
        }

        var locking = await Problems.AssertProblemAsync(await SignInAsync("inspector", "wrong password, the last"), HttpStatusCode.UnprocessableEntity, "auth.locked");
        Assert.Equal("15", locking.GetProperty("args").GetProperty("minutes").GetString());

        await Problems.AssertProblemAsync(await SignInAsync("inspector", App.Password), HttpStatusCode.UnprocessableEntity, "auth.locked");
        App.Clock.Advance(TimeSpan.FromMinutes(14));
        await Problems.AssertProblemAsync(await SignInAsync("inspector", App.Password), HttpStatusCode.UnprocessableEntity, "auth.locked");

        App.Clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        using var signedIn = await SignInAsync("inspector", App.Password);
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        await using var db = App.Db();
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Login == "inspector");
        Assert.Equal(0, user.FailedSignIns);
        Assert.Null(user.LockedUntil);
    }

    [Fact]
    public async Task SignIn_UnknownLogin_AnswersExactlyLikeAWrongPassword()
    {
        using var wrongPassword = await SignInAsync("analyst", "not the password of analyst");
        using var unknownLogin = await SignInAsync("nobody-at-all", "not the password of analyst");

        var wrong = await Problems.AssertProblemAsync(wrongPassword, HttpStatusCode.BadRequest, "auth.invalid_credentials");
        var unknown = await Problems.AssertProblemAsync(unknownLogin, HttpStatusCode.BadRequest, "auth.invalid_credentials");
        Assert.Equal(wrongPassword.StatusCode, unknownLogin.StatusCode);
        foreach (var property in new[] { "type", "title", "detail", "code" })
        {
            Assert.Equal(wrong.GetProperty(property).GetString(), unknown.GetProperty(property).GetString());
        }

        Assert.Null(DemoApp.SetCookieHeader(wrongPassword));
        Assert.Null(DemoApp.SetCookieHeader(unknownLogin));
    }

    [Fact]
    public async Task SignIn_OverHttps_SessionCookieHttpOnlySameSiteLaxSecure()
    {
        using var client = App.Client(https: true);
        using var response = await client.PostAsJsonAsync(new Uri("/api/account/signin", UriKind.Relative), new { login = "secretary", password = App.Password });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var attributes = Attributes(DemoApp.SetCookieHeader(response));
        Assert.Contains("httponly", attributes);
        Assert.Contains("samesite=lax", attributes);
        Assert.Contains("secure", attributes);
        Assert.Contains("path=/", attributes);
    }

    [Fact]
    public async Task SignIn_OverHttp_SessionCookieHttpOnlySameSiteLaxNotSecure()
    {
        using var response = await SignInAsync("secretary", App.Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var attributes = Attributes(DemoApp.SetCookieHeader(response));
        Assert.Contains("httponly", attributes);
        Assert.Contains("samesite=lax", attributes);
        Assert.DoesNotContain("secure", attributes);
    }

    [Fact]
    public async Task SignIn_WithACookieSetBeforeSignIn_IssuesANewSessionCookie()
    {
        const string planted = "planted-by-an-attacker";
        using var fromPlanted = await App.SendAsync(
            new Session("-", planted, Guid.Empty, default, Guid.Empty, "-"), HttpMethod.Post, "/api/account/signin",
            JsonContent.Create(new { login = "admission", password = App.Password }));
        Assert.Equal(HttpStatusCode.OK, fromPlanted.StatusCode);
        var issued = DemoApp.SetCookieValue(fromPlanted);
        Assert.False(string.IsNullOrEmpty(issued));
        Assert.NotEqual(planted, issued);

        // A valid session of someone else, sent along with the sign-in, is not kept either.
        var earlier = await App.SignInAsync("catalog-admin", App.Password);
        using var fromEarlier = await App.SendAsync(earlier, HttpMethod.Post, "/api/account/signin", JsonContent.Create(new { login = "admission", password = App.Password }));
        var reissued = DemoApp.SetCookieValue(fromEarlier);
        Assert.Equal(HttpStatusCode.OK, fromEarlier.StatusCode);
        Assert.NotEqual(earlier.Cookie, reissued);
        Assert.NotEqual(issued, reissued);
        var me = await Problems.ReadJsonAsync(await App.GetAsync(earlier with { Cookie = reissued! }, "/api/account/me"));
        Assert.Equal("admission", me.GetProperty("login").GetString());
    }

    [Fact]
    public async Task SignOut_ThenTheOldCookie_401OnMe()
    {
        var session = await App.SignInAsync("abroad", App.Password);
        using (var before = await App.GetAsync(session, "/api/account/me"))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        using var signOut = await App.SendAsync(session, HttpMethod.Post, "/api/account/signout");
        Assert.Equal(HttpStatusCode.NoContent, signOut.StatusCode);
        Assert.Contains("expires=thu, 01 jan 1970", DemoApp.SetCookieHeader(signOut) ?? string.Empty, StringComparison.OrdinalIgnoreCase);

        // The client is told to drop the cookie; a replayed (stolen, cached) copy must not work either (ASVS 7.4.1).
        using var replayed = await App.GetAsync(session, "/api/account/me");
        Assert.Equal(HttpStatusCode.Unauthorized, replayed.StatusCode);
    }

    [Fact]
    public async Task Session_KeptActiveForEightHours_RefusedAfterTheAbsoluteLifetime()
    {
        var session = await App.SignInAsync("fund", App.Password);
        var signedInAt = App.Clock.GetUtcNow();

        // Active every 20 minutes (the idle timeout is 30): the sliding cookie is renewed each time.
        while (App.Clock.GetUtcNow() + TimeSpan.FromMinutes(20) < signedInAt + TimeSpan.FromHours(8))
        {
            App.Clock.Advance(TimeSpan.FromMinutes(20));
            using var response = await App.GetAsync(session, "/api/account/me");
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"at {App.Clock.GetUtcNow() - signedInAt}: {(int)response.StatusCode}");
            if (DemoApp.SetCookieValue(response) is { Length: > 0 } renewed)
            {
                session = session with { Cookie = renewed };
            }
        }

        App.Clock.Advance(signedInAt + TimeSpan.FromHours(8) + TimeSpan.FromMinutes(1) - App.Clock.GetUtcNow());
        using var late = await App.GetAsync(session, "/api/account/me");
        Assert.Equal(HttpStatusCode.Unauthorized, late.StatusCode);
    }

    [Fact]
    public async Task Session_IdleLongerThanTheIdleTimeout_Refused()
    {
        var session = await App.SignInAsync("catalog-admin", App.Password);

        App.Clock.Advance(TimeSpan.FromMinutes(31));

        using var response = await App.GetAsync(session, "/api/account/me");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Session_UserDisabledInTheDatabase_RefusedAtOnce()
    {
        var session = await App.SignInAsync("commission-2", App.Password);
        using (var before = await App.GetAsync(session, "/api/organizations"))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        await using (var db = App.Db())
        {
            Assert.Equal(1, await db.Users.Where(u => u.Login == "commission-2").ExecuteUpdateAsync(s => s.SetProperty(u => u.IsDisabled, true)));
        }

        using var after = await App.GetAsync(session, "/api/organizations");
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        using var me = await App.GetAsync(session, "/api/account/me");
        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
        await Problems.AssertProblemAsync(await SignInAsync("commission-2", App.Password), HttpStatusCode.BadRequest, "auth.invalid_credentials");
    }

    [Fact]
    public async Task PatientCode_WrongCode_RefusedAndCountedThenTheRightCodeStillWorks()
    {
        var code = await App.RequestCodeAsync(DemoApp.PatientIin);

        await Problems.AssertProblemAsync(await VerifyAsync(DemoApp.PatientIin, Wrong(code)), HttpStatusCode.BadRequest, "auth.code_invalid");

        Assert.Equal(1, await LatestCodeAttemptsAsync(DemoApp.PatientIin));
        using var right = await VerifyAsync(DemoApp.PatientIin, code);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.NotNull(DemoApp.SetCookieValue(right));
        Assert.Equal(2, await LatestCodeAttemptsAsync(DemoApp.PatientIin));

        // Used once: the same code does not sign in again.
        await Problems.AssertProblemAsync(await VerifyAsync(DemoApp.PatientIin, code), HttpStatusCode.BadRequest, "auth.code_invalid");
    }

    [Fact]
    public async Task PatientCode_FiveWrongAttempts_ExhaustTheCode()
    {
        var code = await App.RequestCodeAsync(DemoApp.SecondPatientIin);
        Assert.Equal(5, App.SignIn.OneTimeCodeAttempts);

        for (var attempt = 0; attempt < App.SignIn.OneTimeCodeAttempts; attempt++)
        {
            await Problems.AssertProblemAsync(await VerifyAsync(DemoApp.SecondPatientIin, Wrong(code)), HttpStatusCode.BadRequest, "auth.code_invalid");
        }

        await Problems.AssertProblemAsync(await VerifyAsync(DemoApp.SecondPatientIin, code), HttpStatusCode.BadRequest, "auth.code_invalid");
        Assert.Equal(5, await LatestCodeAttemptsAsync(DemoApp.SecondPatientIin));
    }

    [Fact]
    public async Task PatientCode_Expired_Refused()
    {
        var code = await App.RequestCodeAsync(DemoApp.PatientIin);

        App.Clock.Advance(TimeSpan.FromMinutes(App.SignIn.OneTimeCodeMinutes) + TimeSpan.FromSeconds(1));

        using var response = await VerifyAsync(DemoApp.PatientIin, code);
        await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest, "auth.code_invalid");
        Assert.Null(DemoApp.SetCookieHeader(response));
    }

    [Fact]
    public async Task PatientCode_SecondRequestWithinTheInterval_CodeTooSoonAndNoSms()
    {
        await App.RequestCodeAsync(DemoApp.SecondPatientIin);
        var sent = App.SmsLines().Count;
        App.Clock.Advance(TimeSpan.FromSeconds(App.SignIn.OneTimeCodeIntervalSeconds - 1));

        var problem = await Problems.AssertProblemAsync(await RequestCodeAsync(DemoApp.SecondPatientIin), HttpStatusCode.UnprocessableEntity, "auth.code_too_soon");

        Assert.Equal("60", problem.GetProperty("args").GetProperty("seconds").GetString());
        Assert.Equal(sent, App.SmsLines().Count);
        App.Clock.Advance(TimeSpan.FromSeconds(2));
        using var later = await RequestCodeAsync(DemoApp.SecondPatientIin);
        Assert.Equal(HttpStatusCode.Accepted, later.StatusCode);
        Assert.Equal(sent + 1, App.SmsLines().Count);
    }

    [Fact]
    public async Task PatientCode_UnknownIin_202LikeAKnownOneAndSendsNothing()
    {
        App.Clock.Advance(TimeSpan.FromSeconds(App.SignIn.OneTimeCodeIntervalSeconds + 1));
        var before = App.SmsLines().Count;

        using var unknown = await RequestCodeAsync(Fresh.Iin());
        Assert.Equal(before, App.SmsLines().Count);
        using var known = await RequestCodeAsync(DemoApp.PatientIin);
        Assert.Equal(before + 1, App.SmsLines().Count);

        Assert.Equal(HttpStatusCode.Accepted, unknown.StatusCode);
        Assert.Equal(known.StatusCode, unknown.StatusCode);
        Assert.Equal(await known.Content.ReadAsStringAsync(), await unknown.Content.ReadAsStringAsync());
        Assert.Equal(known.Content.Headers.ContentType?.MediaType, unknown.Content.Headers.ContentType?.MediaType);
        Assert.Equal(known.Headers.Location, unknown.Headers.Location);
    }

    [Fact]
    public async Task PatientCode_PatientCannotSignInWithAPassword()
    {
        await Problems.AssertProblemAsync(await SignInAsync("patient", App.Password), HttpStatusCode.BadRequest, "auth.invalid_credentials");
    }

    private static string Wrong(string code) => code == "000000" ? "000001" : "000000";

    private static HashSet<string> Attributes(string? setCookie)
    {
        Assert.False(string.IsNullOrEmpty(setCookie), "no session cookie was set");
        return setCookie.Split(';').Skip(1).Select(a => a.Trim().ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
    }

    private async Task<HttpResponseMessage> SignInAsync(string login, string password) =>
        await App.PostJsonAsync(null, "/api/account/signin", new { login, password });

    private async Task<HttpResponseMessage> VerifyAsync(string iin, string code) =>
        await App.PostJsonAsync(null, "/api/account/patient/verify", new { iin, code });

    private async Task<HttpResponseMessage> RequestCodeAsync(string iin) =>
        await App.PostJsonAsync(null, "/api/account/patient/code", new { iin });

    private async Task<int> LatestCodeAttemptsAsync(string iin)
    {
        await using var db = App.Db();
        var user = await db.Users.SingleAsync(u => u.PatientIin == iin);
        var codes = await db.OneTimeCodes.AsNoTracking().Where(c => c.UserId == user.Id).ToListAsync();
        return codes.OrderByDescending(c => c.ExpiresAt).First().Attempts;
    }
}
