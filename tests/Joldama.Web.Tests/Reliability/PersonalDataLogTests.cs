using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Joldama.Web.Tests.Access;
using Joldama.Web.Tests.Referrals;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Joldama.Web.Tests.Reliability;

/// <summary>
/// Issue 8, item 5 (ASVS 16.2.5): a whole referral, patient sign-ins by SMS code, failed sign-ins and refused look-ups
/// run with every log line captured (the app's own categories down to Trace); no line holds an IIN or a phone number
/// of any patient or user in the database afterwards.
/// </summary>
public sealed partial class PersonalDataLogTests(ITestOutputHelper output)
{
    [Fact]
    public async Task FullWorkflow_LogsAtEveryLevel_NoIinNoPhone()
    {
        await using var app = await DemoApp.StartAsync(settings: new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["Logging:LogLevel:Default"] = "Information",
            ["Logging:LogLevel:Joldama"] = "Trace",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Information",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Information",
        });
        var api = new ReferralApi(app);
        var clinician = await app.SessionAsync("clinician");

        await api.DischargedCaseAsync(clinician);
        await app.SessionAsync("patient");
        await app.SessionAsync("patient-2");
        using (var wrong = await app.Client().PostAsJsonAsync(new Uri("/api/account/patient/verify", UriKind.Relative), new { iin = DemoApp.PatientIin, code = "000000" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        }

        using (var signIn = await app.Client().PostAsJsonAsync(new Uri("/api/account/signin", UriKind.Relative), new { login = DemoApp.SecondPatientIin, password = "x" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, signIn.StatusCode);
        }

        using (var foreign = await app.PostJsonAsync(clinician, "/api/patients/find", new { iin = DemoApp.SecondPatientIin }))
        {
            Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        }

        using (var invalid = await app.PostJsonAsync(clinician, "/api/patients", new { iin = "900101300018", lastName = "Тестов", firstName = "Арман", phone = "+7 701 999 88 77", language = "kk", insuranceStatus = "insured" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        }

        var secrets = await PersonalDataAsync(app);
        var lines = app.Factory.Logged.ToList();

        Assert.True(lines.Count > 100, $"only {lines.Count} log lines: is logging captured?");
        Assert.Contains(lines, l => l.Contains("Outbox", StringComparison.Ordinal) || l.Contains("delivered", StringComparison.Ordinal));
        output.WriteLine($"{lines.Count} log lines scanned for {secrets.Count} IINs and phone spellings");
        var leaks = lines.SelectMany(l => secrets.Where(s => l.Contains(s, StringComparison.Ordinal)).Select(s => $"{s} in: {l}")).ToList();
        Assert.True(leaks.Count == 0, $"{leaks.Count} log line(s) hold personal data:\n" + string.Join("\n", leaks.Take(10)));
    }

    /// <summary>Every IIN and phone number the database holds (patients and users), the phones also as +7…, 8… and bare 10 digits.</summary>
    private static async Task<IReadOnlyList<string>> PersonalDataAsync(DemoApp app)
    {
        await using var db = app.Db();
        var iins = await db.Patients.Select(p => p.Iin).ToListAsync();
        iins.AddRange((await db.Users.Select(u => u.PatientIin).ToListAsync()).OfType<string>());
        var phones = await db.Patients.Select(p => p.Phone).ToListAsync();
        phones.AddRange(await db.Users.Select(u => u.Phone).ToListAsync());
        phones.Add("+7 701 999 88 77"); // the refused patient's, never stored
        var secrets = new HashSet<string>(iins, StringComparer.Ordinal) { "900101300018" };
        foreach (var phone in phones.OfType<string>())
        {
            var digits = NotDigits().Replace(phone, string.Empty);
            var national = digits.Length >= 10 ? digits[^10..] : digits;
            secrets.UnionWith([phone, "+7" + national, "8" + national, national]);
        }

        Assert.True(iins.Count >= 3 && phones.Count >= 3, "the run created no patients to look for");
        return [.. secrets];
    }

    [GeneratedRegex(@"\D", RegexOptions.None, 1000)]
    private static partial Regex NotDigits();
}
