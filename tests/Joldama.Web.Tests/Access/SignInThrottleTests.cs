using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Joldama.Application.Access;
using Joldama.Data;
using Joldama.Domain.Audit;
using Joldama.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Joldama.Web.Tests.Access;

/// <summary>Class fixture: the demo app (SQLite) throttling an address after 6 failed sign-ins within 15 minutes.</summary>
public sealed class SignInThrottleAppFixture : IAsyncLifetime
{
    public DemoApp App { get; private set; } = null!;

    public async Task InitializeAsync() => App = await SignInThrottleTests.StartAsync(DatabaseProvider.Sqlite);

    public async Task DisposeAsync() => await App.DisposeAsync();
}

/// <summary>
/// Issue 8, item 5: sign-in throttled per remote address against password spraying (one password tried over many
/// accounts from one address), which the lock-out per account does not slow down. The failures are counted in the
/// database (several instances share it), password and SMS-code failures together; a throttled address is refused
/// with 429 and Retry-After before its login, password or code is looked at. Each test uses its own addresses.
/// </summary>
public sealed class SignInThrottleTests(SignInThrottleAppFixture fixture) : IClassFixture<SignInThrottleAppFixture>
{
    private const int MaxPerAddress = 6;
    private const int WindowMinutes = 15;

    private DemoApp App => fixture.App;

    internal static Task<DemoApp> StartAsync(DatabaseProvider provider) =>
        DemoApp.StartAsync(provider, new Dictionary<string, string?>
        {
            ["SignIn:MaxFailedAttemptsPerAddress"] = MaxPerAddress.ToString(CultureInfo.InvariantCulture),
            ["SignIn:AddressWindowMinutes"] = WindowMinutes.ToString(CultureInfo.InvariantCulture),
        });

    [Theory]
    [Trait("Category", "Postgres")]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task PasswordSpray_FromOneAddress_429WithRetryAfterEvenForTheRightPasswordUntilTheWindowPasses(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);
        Assert.Equal(MaxPerAddress, app.SignIn.MaxFailedAttemptsPerAddress);
        var attacker = IPAddress.Parse("203.0.113.7");
        var colleague = IPAddress.Parse("198.51.100.20");
        var logins = DemoSeed.DemoRegionUsers.Select(u => u.Login).Take(MaxPerAddress - 1).Append("nobody-at-all").ToList();

        // One password over many accounts (and one unknown login): each account fails once only, far from its own lock-out.
        var first = app.Clock.GetUtcNow();
        await Problems.AssertProblemAsync(await SignInAsync(app, attacker, logins[0], "Spring2026!"), HttpStatusCode.BadRequest, "auth.invalid_credentials");
        app.Clock.Advance(TimeSpan.FromMinutes(2));
        foreach (var login in logins.Skip(1))
        {
            await Problems.AssertProblemAsync(await SignInAsync(app, attacker, login, "Spring2026!"), HttpStatusCode.BadRequest, "auth.invalid_credentials");
        }

        // The right password of a real account from that address: refused without being checked.
        var victim = logins[1];
        var failedBefore = await FailedSignInsAsync(app, victim);
        var auditBefore = await LastAuditAsync(app);
        using var right = await SignInAsync(app, attacker, victim, app.Password);
        var problem = await Problems.AssertProblemAsync(right, HttpStatusCode.TooManyRequests, "auth.throttled");
        Assert.Equal("/errors/auth.throttled", problem.GetProperty("type").GetString());
        Assert.Equal("Слишком много запросов", problem.GetProperty("title").GetString());
        Assert.Equal("Слишком много неудачных попыток входа с этого адреса: повторите через 13 мин.", problem.GetProperty("detail").GetString());
        Assert.Equal(TimeSpan.FromMinutes(13), right.Headers.RetryAfter?.Delta); // the first failure leaves the window 13 minutes on
        Assert.Null(DemoApp.SetCookieHeader(right));
        Assert.Equal(failedBefore, await FailedSignInsAsync(app, victim));

        // Refused and audited like the other denials; an unknown login gets the very same answer.
        await using (var db = app.Db())
        {
            var audited = await db.AuditRecords.AsNoTracking().Where(a => a.Id > auditBefore && a.Action.StartsWith("auth.")).ToListAsync();
            var record = Assert.Single(audited);
            Assert.Equal("auth.signin.throttled", record.Action);
            Assert.Equal(AuditOutcome.Denied, record.Outcome);
            Assert.Equal(attacker.ToString(), record.RemoteAddress);
            Assert.Equal(victim, record.ActorLogin);
        }

        using var unknown = await SignInAsync(app, attacker, "nobody-else", app.Password);
        var unknownProblem = await Problems.AssertProblemAsync(unknown, HttpStatusCode.TooManyRequests, "auth.throttled");
        Assert.Equal(problem.GetProperty("detail").GetString(), unknownProblem.GetProperty("detail").GetString());
        Assert.Equal(right.Headers.RetryAfter, unknown.Headers.RetryAfter);

        // In Kazakh too (?lang=kk).
        using var kazakh = await SendAsync(app, attacker, "/api/account/signin?lang=kk", new { login = victim, password = app.Password });
        var kk = await Problems.AssertProblemAsync(kazakh, HttpStatusCode.TooManyRequests, "auth.throttled");
        Assert.Equal("Бұл мекенжайдан сәтсіз кіру әрекеттері тым көп: 13 минуттан кейін қайталаңыз.", kk.GetProperty("detail").GetString());

        // Another address is not affected: the right password signs in, a wrong one is an ordinary failure.
        using (var fromColleague = await SignInAsync(app, colleague, victim, app.Password))
        {
            Assert.Equal(HttpStatusCode.OK, fromColleague.StatusCode);
        }

        await Problems.AssertProblemAsync(await SignInAsync(app, colleague, logins[2], "Spring2026!"), HttpStatusCode.BadRequest, "auth.invalid_credentials");

        // One second before the first failure leaves the window: still refused, for one more second.
        app.Clock.Advance(first + TimeSpan.FromMinutes(WindowMinutes) - TimeSpan.FromSeconds(1) - app.Clock.GetUtcNow());
        using (var lastSecond = await SignInAsync(app, attacker, victim, app.Password))
        {
            await Problems.AssertProblemAsync(lastSecond, HttpStatusCode.TooManyRequests, "auth.throttled");
            Assert.Equal(TimeSpan.FromSeconds(1), lastSecond.Headers.RetryAfter?.Delta);
        }

        app.Clock.Advance(TimeSpan.FromSeconds(1));
        using (var after = await SignInAsync(app, attacker, victim, app.Password))
        {
            Assert.Equal(HttpStatusCode.OK, after.StatusCode);
            Assert.NotNull(DemoApp.SetCookieValue(after));
        }

        // One more failure brings the address to the limit again (5 left in the window + 1): a success does not clear the count.
        await Problems.AssertProblemAsync(await SignInAsync(app, attacker, logins[3], "Spring2026!"), HttpStatusCode.BadRequest, "auth.invalid_credentials");
        await Problems.AssertProblemAsync(await SignInAsync(app, attacker, victim, app.Password), HttpStatusCode.TooManyRequests, "auth.throttled");

        // The failure that left the window was deleted by the next failure; the others are kept.
        await using (var db = app.Db())
        {
            var now = app.Clock.GetUtcNow();
            var kept = (await db.SignInFailures.AsNoTracking().ToListAsync()).Select(f => f.At).ToList();
            Assert.Equal(MaxPerAddress + 1, kept.Count); // 5 + 1 of the attacker, 1 of the colleague
            Assert.All(kept, at => Assert.True(at > now - TimeSpan.FromMinutes(WindowMinutes), $"{at} should have been deleted"));
        }
    }

    [Fact]
    public async Task PatientCodes_WrongCodesAndPasswordsFromOneAddress_CountedTogetherAndThrottled()
    {
        var attacker = IPAddress.Parse("203.0.113.50");
        var code = await App.RequestCodeAsync(DemoApp.PatientIin);
        var wrong = code == "000000" ? "000001" : "000000";

        await Problems.AssertProblemAsync(await SendAsync(App, attacker, "/api/account/patient/verify", new { iin = DemoApp.PatientIin, code = wrong }), HttpStatusCode.BadRequest, "auth.code_invalid");
        await Problems.AssertProblemAsync(await SendAsync(App, attacker, "/api/account/patient/verify", new { iin = DemoApp.PatientIin, code = wrong }), HttpStatusCode.BadRequest, "auth.code_invalid");
        for (var i = 0; i < 2; i++)
        {
            await Problems.AssertProblemAsync(await SendAsync(App, attacker, "/api/account/patient/verify", new { iin = Fresh.Iin(), code = wrong }), HttpStatusCode.BadRequest, "auth.code_invalid");
        }

        await Problems.AssertProblemAsync(await SignInAsync(App, attacker, "inspector", "Spring2026!"), HttpStatusCode.BadRequest, "auth.invalid_credentials");
        await Problems.AssertProblemAsync(await SignInAsync(App, attacker, "secretary", "Spring2026!"), HttpStatusCode.BadRequest, "auth.invalid_credentials");

        // The right code from that address: refused, and the code is not spent by it.
        using var right = await SendAsync(App, attacker, "/api/account/patient/verify", new { iin = DemoApp.PatientIin, code });
        await Problems.AssertProblemAsync(right, HttpStatusCode.TooManyRequests, "auth.throttled");
        Assert.Equal(TimeSpan.FromMinutes(WindowMinutes), right.Headers.RetryAfter?.Delta);
        Assert.Null(DemoApp.SetCookieHeader(right));
        Assert.Equal(2, await LatestCodeAttemptsAsync(App, DemoApp.PatientIin)); // the two wrong codes; the refused right one was not tried
        await Problems.AssertProblemAsync(await SignInAsync(App, attacker, "inspector", App.Password), HttpStatusCode.TooManyRequests, "auth.throttled");

        // No SMS is sent on a throttled address's request.
        App.Clock.Advance(TimeSpan.FromSeconds(App.SignIn.OneTimeCodeIntervalSeconds + 1));
        var sms = App.SmsLines().Count;
        using var request = await SendAsync(App, attacker, "/api/account/patient/code", new { iin = DemoApp.SecondPatientIin });
        await Problems.AssertProblemAsync(request, HttpStatusCode.TooManyRequests, "auth.throttled");
        Assert.NotNull(request.Headers.RetryAfter);
        Assert.Equal(sms, App.SmsLines().Count);

        await using (var db = App.Db())
        {
            var denied = await db.AuditRecords.AsNoTracking().Where(a => a.RemoteAddress == attacker.ToString() && a.Action == "auth.code.throttled").ToListAsync();
            Assert.Equal(2, denied.Count);
            Assert.All(denied, a => Assert.Equal(AuditOutcome.Denied, a.Outcome));
        }

        // From the patient's own address the same code still signs in (2 wrong tries of 5 spent).
        using var patient = await SendAsync(App, DemoApp.UsersAddress, "/api/account/patient/verify", new { iin = DemoApp.PatientIin, code });
        Assert.Equal(HttpStatusCode.OK, patient.StatusCode);
    }

    [Fact]
    public async Task SignInForm_FromAThrottledAddress_ShowsTheMessageWith429AndDoesNotSignIn()
    {
        var attacker = IPAddress.Parse("203.0.113.90");
        foreach (var (login, _) in DemoSeed.DemoRegionUsers.Skip(6).Take(MaxPerAddress))
        {
            await Problems.AssertProblemAsync(await SignInAsync(App, attacker, login, "Spring2026!"), HttpStatusCode.BadRequest, "auth.invalid_credentials");
        }

        using var client = App.Client(from: attacker);
        using var form = await client.GetAsync(new Uri("/account/signin", UriKind.Relative));
        var antiforgery = form.Headers.GetValues("Set-Cookie").First(c => c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal)).Split(';')[0];
        var token = Html.AntiforgeryToken(await Html.ReadPageAsync(form));
        using var post = new HttpRequestMessage(HttpMethod.Post, new Uri("/account/signin", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent([new("Login", "analyst"), new("Password", App.Password), new("__RequestVerificationToken", token)]),
        };
        post.Headers.Add("Cookie", antiforgery);
        using var response = await client.SendAsync(post);

        var page = await Html.ReadPageAsync(response, HttpStatusCode.TooManyRequests);
        Assert.Equal("Слишком много неудачных попыток входа с этого адреса: повторите через 15 мин.", Html.Problem(page));
        Assert.Equal(TimeSpan.FromMinutes(WindowMinutes), response.Headers.RetryAfter?.Delta);
        Assert.Null(DemoApp.SetCookieHeader(response));
        Assert.DoesNotContain(App.Password, page, StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> SignInAsync(DemoApp app, IPAddress from, string login, string password) =>
        SendAsync(app, from, "/api/account/signin", new { login, password });

    private static Task<HttpResponseMessage> SendAsync<T>(DemoApp app, IPAddress from, string url, T body) =>
        app.SendAsync(null, HttpMethod.Post, url, JsonContent.Create(body), from: from);

    private static async Task<int> FailedSignInsAsync(DemoApp app, string login)
    {
        await using var db = app.Db();
        return await db.Users.Where(u => u.Login == login).Select(u => u.FailedSignIns).SingleAsync();
    }

    private static async Task<int> LatestCodeAttemptsAsync(DemoApp app, string iin)
    {
        await using var db = app.Db();
        var user = await db.Users.Where(u => u.PatientIin == iin).Select(u => u.Id).SingleAsync();
        var codes = await db.OneTimeCodes.AsNoTracking().Where(c => c.UserId == user).ToListAsync();
        return codes.OrderByDescending(c => c.ExpiresAt).First().Attempts;
    }

    private static async Task<long> LastAuditAsync(DemoApp app)
    {
        await using var db = app.Db();
        return await db.AuditRecords.MaxAsync(a => (long?)a.Id) ?? 0;
    }
}
