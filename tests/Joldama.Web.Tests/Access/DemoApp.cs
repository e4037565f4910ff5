using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Joldama.Application.Access;
using Joldama.Data;
using Joldama.Domain.Access;
using Joldama.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Joldama.Web.Tests.Access;

/// <summary>
/// The app in the "Demo" environment (appsettings.Demo.json: the demo seed runs, one user per role in
/// karaganda, the "-2" ones in pavlodar), with a fake clock and the SMS sink in its temp folder.
/// Clients never keep cookies on their own: a <see cref="Session"/> is the session cookie a test sends.
/// </summary>
public sealed partial class DemoApp : IAsyncDisposable
{
    public const string Region = "karaganda";
    public const string SecondRegion = "pavlodar";
    public const string PatientIin = "900101300017";
    public const string SecondPatientIin = "811201401188";
    public const string SessionCookie = "joldama.session";

    /// <summary>Monday 2026-03-02, 09:00 in Kazakhstan.</summary>
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 4, 0, 0, TimeSpan.Zero);

    private readonly ConcurrentDictionary<string, Session> _sessions = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _patientGate = new(1, 1);

    private DemoApp(JoldamaAppFactory factory, FakeTimeProvider clock, string smsPath)
    {
        Factory = factory;
        Clock = clock;
        SmsPath = smsPath;
    }

    public JoldamaAppFactory Factory { get; }

    public FakeTimeProvider Clock { get; }

    /// <summary>The file the SMS sink appends to (Sms:SinkPath).</summary>
    public string SmsPath { get; }

    /// <summary>Demo:Password of appsettings.Demo.json, as the app read it.</summary>
    public string Password => Factory.Services.GetRequiredService<IConfiguration>()["Demo:Password"]
        ?? throw new InvalidOperationException("Demo:Password is not configured.");

    public SignInSettings SignIn => Factory.Services.GetRequiredService<SignInSettings>();

    public static async Task<DemoApp> StartAsync(
        DatabaseProvider provider = DatabaseProvider.Sqlite, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? testServices = null)
    {
        var clock = new FakeTimeProvider(Start);
        var smsFolder = Path.Combine(Path.GetTempPath(), "joldama-web-tests", "sms-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(smsFolder);
        var smsPath = Path.Combine(smsFolder, "sms-outbox.log");
        var all = new Dictionary<string, string?>(StringComparer.Ordinal) { ["Sms:SinkPath"] = smsPath };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var factory = await JoldamaAppFactory.CreateAsync(provider, clock, "Demo", all, testServices);
        _ = factory.Server; // start: migrate and seed the demo now
        return new DemoApp(factory, clock, smsPath);
    }

    /// <summary>
    /// The address the helpers' own sign-ins (<see cref="SessionAsync"/>, <see cref="SignInAsync"/>, <see cref="SignInPatientAsync"/>)
    /// come from: the demo users' machine, apart from the test host's default (no address, "-") that tests of bad sign-ins use,
    /// so that those tests cannot get the users' sign-ins throttled (SignIn:MaxFailedAttemptsPerAddress).
    /// </summary>
    public static readonly IPAddress UsersAddress = IPAddress.Parse("192.0.2.10");

    /// <summary>
    /// A client that neither keeps cookies nor follows redirects; its requests come from <paramref name="from"/>
    /// (HttpContext.Connection.RemoteIpAddress), or from no address as the test host sends them.
    /// </summary>
    public HttpClient Client(bool https = false, IPAddress? from = null)
    {
        var baseAddress = new Uri(https ? "https://localhost" : "http://localhost");
        if (from is null)
        {
            return Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = baseAddress });
        }

        return new HttpClient(Factory.Server.CreateHandler(context => context.Connection.RemoteIpAddress = from)) { BaseAddress = baseAddress };
    }

    public JoldamaDbContext Db() => Factory.CreateDbContext();

    /// <summary>A cached session of a demo user (signed in once): staff by password, patients by SMS code.</summary>
    public async Task<Session> SessionAsync(string login)
    {
        if (_sessions.TryGetValue(login, out var cached))
        {
            return cached;
        }

        var session = login.StartsWith("patient", StringComparison.Ordinal)
            ? await SignInPatientAsync(await IinOfAsync(login))
            : await SignInAsync(login, Password);
        _sessions[login] = session;
        return session;
    }

    /// <summary>Forgets cached sessions (after a sign-out, which may end them).</summary>
    public void ForgetSessions() => _sessions.Clear();

    public async Task<Session> SignInAsync(string login, string password)
    {
        using var client = Client(from: UsersAddress);
        using var response = await client.PostAsJsonAsync(new Uri("/api/account/signin", UriKind.Relative), new { login, password });
        return await SessionFromAsync(response);
    }

    /// <summary>Requests a code (after the resend interval, moving the clock on), reads it from the SMS sink and verifies it.</summary>
    public async Task<Session> SignInPatientAsync(string iin)
    {
        await _patientGate.WaitAsync();
        try
        {
            var code = await RequestCodeAsync(iin);
            using var client = Client(from: UsersAddress);
            using var response = await client.PostAsJsonAsync(new Uri("/api/account/patient/verify", UriKind.Relative), new { iin, code });
            return await SessionFromAsync(response);
        }
        finally
        {
            _patientGate.Release();
        }
    }

    /// <summary>POST /api/account/patient/code after the resend interval has passed; returns the code the SMS carried.</summary>
    public async Task<string> RequestCodeAsync(string iin)
    {
        Clock.Advance(TimeSpan.FromSeconds(SignIn.OneTimeCodeIntervalSeconds + 1));
        var phone = await PhoneOfAsync(iin);
        var before = SmsLines().Count;
        using var client = Client(from: UsersAddress);
        using var response = await client.PostAsJsonAsync(new Uri("/api/account/patient/code", UriKind.Relative), new { iin });
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"code request: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        var sent = SmsLines().Skip(before).Where(m => m.Phone == phone).ToList();
        Assert.True(sent.Count == 1, $"expected one SMS to {phone}, got {sent.Count}");
        return CodeOf(sent[0].Text);
    }

    public static string CodeOf(string smsText) =>
        SixDigits().Match(smsText) is { Success: true } m ? m.Value : throw new InvalidOperationException($"No code in SMS '{smsText}'.");

    /// <summary>Every message the SMS sink holds, oldest first.</summary>
    public IReadOnlyList<Sms> SmsLines()
    {
        if (!File.Exists(SmsPath))
        {
            return [];
        }

        return File.ReadAllLines(SmsPath)
            .Where(l => l.Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement)
            .Select(e => new Sms(e.GetProperty("phone").GetString()!, e.GetProperty("text").GetString()!))
            .ToList();
    }

    public async Task<Guid> UserIdAsync(string login)
    {
        await using var db = Db();
        return await db.Users.Where(u => u.Login == login).Select(u => u.Id).SingleAsync();
    }

    public async Task<(Guid Organization, string Region)> HomeOfAsync(string login)
    {
        await using var db = Db();
        var organization = await db.Users.Where(u => u.Login == login).Select(u => u.OrganizationId).SingleAsync();
        var region = await db.Organizations.Where(o => o.Id == organization).Select(o => o.RegionCode).SingleAsync();
        return (organization, region);
    }

    /// <summary>Sends a request with the session's cookie (or none), from <paramref name="from"/> (or no address).</summary>
    public async Task<HttpResponseMessage> SendAsync(Session? session, HttpMethod method, string url, HttpContent? content = null, bool https = false, IPAddress? from = null)
    {
        using var client = Client(https, from);
        using var request = new HttpRequestMessage(method, new Uri(url, UriKind.Relative)) { Content = content };
        if (session is not null)
        {
            request.Headers.Add("Cookie", $"{SessionCookie}={session.Cookie}");
        }

        var response = await client.SendAsync(request);
        if (session is not null && SetCookieValue(response) is { Length: > 0 } renewed
            && _sessions.TryGetValue(session.Login, out var cached) && cached.Cookie == session.Cookie)
        {
            _sessions[session.Login] = cached with { Cookie = renewed }; // the sliding cookie was renewed
        }

        return response;
    }

    public Task<HttpResponseMessage> GetAsync(Session? session, string url) => SendAsync(session, HttpMethod.Get, url);

    public Task<HttpResponseMessage> PostJsonAsync<T>(Session? session, string url, T body) =>
        SendAsync(session, HttpMethod.Post, url, JsonContent.Create(body));

    /// <summary>The value the response sets for the session cookie, or null.</summary>
    public static string? SetCookieValue(HttpResponseMessage response, string name = SessionCookie) =>
        SetCookieHeader(response, name) is { } header ? header[(name.Length + 1)..].Split(';')[0] : null;

    /// <summary>The whole Set-Cookie header for <paramref name="name"/>, or null.</summary>
    public static string? SetCookieHeader(HttpResponseMessage response, string name = SessionCookie)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.Headers.TryGetValues("Set-Cookie", out var values)
            ? values.FirstOrDefault(v => v.StartsWith(name + "=", StringComparison.Ordinal))
            : null;
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        _patientGate.Dispose();
        try
        {
            Directory.Delete(Path.GetDirectoryName(SmsPath)!, recursive: true);
        }
        catch (IOException)
        {
            // best effort
        }
    }

    private static async Task<Session> SessionFromAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"sign-in: {(int)response.StatusCode} {body}");
        var cookie = SetCookieValue(response) ?? throw new InvalidOperationException("Sign-in set no session cookie.");
        var me = JsonDocument.Parse(body).RootElement;
        return new Session(
            me.GetProperty("login").GetString()!,
            cookie,
            me.GetProperty("userId").GetGuid(),
            Enum.Parse<Role>(me.GetProperty("role").GetString()!),
            me.GetProperty("organizationId").GetGuid(),
            me.GetProperty("region").GetString()!);
    }

    private async Task<string> IinOfAsync(string login)
    {
        await using var db = Db();
        return await db.Users.Where(u => u.Login == login).Select(u => u.PatientIin).SingleAsync()
            ?? throw new InvalidOperationException($"{login} is not a patient.");
    }

    private async Task<string?> PhoneOfAsync(string iin)
    {
        await using var db = Db();
        return await db.Users.Where(u => u.PatientIin == iin).Select(u => u.Phone).SingleOrDefaultAsync();
    }

    [GeneratedRegex(@"\b\d{6}\b", RegexOptions.None, 1000)]
    private static partial Regex SixDigits();
}

/// <summary>A signed-in user: the session cookie's value and who it is (from the sign-in answer).</summary>
public sealed record Session(string Login, string Cookie, Guid UserId, Role Role, Guid OrganizationId, string Region)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Login} ({Role}, {Region})");
}

public sealed record Sms(string Phone, string Text);

/// <summary>Class fixture: one <see cref="DemoApp"/> on a fresh SQLite file per test class.</summary>
public sealed class DemoAppFixture : IAsyncLifetime
{
    public DemoApp App { get; private set; } = null!;

    public async Task InitializeAsync() => App = await DemoApp.StartAsync();

    public async Task DisposeAsync() => await App.DisposeAsync();
}

/// <summary>Fresh identifiers for tests that create things.</summary>
public static class Fresh
{
    private static int _serial = 400;

    /// <summary>A valid BIN no demo organization has (the demo uses serials 1..12).</summary>
    public static string Bin() => DemoSeed.DemoBin(Interlocked.Increment(ref _serial));

    public static int Number() => Interlocked.Increment(ref _serial);

    /// <summary>A valid IIN no demo patient has: born 1985-05-01, a fresh serial, the check digit computed.</summary>
    public static string Iin()
    {
        while (true)
        {
            var first11 = string.Create(CultureInfo.InvariantCulture, $"8505013{Interlocked.Increment(ref _serial) % 10_000:D4}");
            foreach (var check in "0123456789")
            {
                if (Joldama.Domain.Identifiers.Iin.IsValid(first11 + check))
                {
                    return first11 + check;
                }
            }
        }
    }
}
