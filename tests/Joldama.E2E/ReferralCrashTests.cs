using System.Net.Http.Headers;
using System.Net.Http.Json;
using Joldama.E2E.Infrastructure;
using Joldama.Testing;
using Microsoft.EntityFrameworkCore;

namespace Joldama.E2E;

/// <summary>
/// Issue 5's fault test on the real process: the commission's decisions are saved, the app is killed (SIGKILL) before
/// its outbox worker delivers the patient's notices, and after a restart each notice reaches the real SMTP server and
/// the SMS gateway exactly once. PostgreSQL, as in production.
/// </summary>
public sealed class ReferralCrashTests
{
    private const string PatientIin = "900101300017";

    [PostgresFact]
    public async Task KilledBetweenTheDecisionAndTheDelivery_NoticesDeliveredExactlyOnceAfterRestart()
    {
        await using var database = await TestDatabase.CreatePostgresAsync();
        await using var smtp = await SmtpTestServer.StartAsync();
        await using var gateway = SmsGatewayReceiver.Start();
        // The worker's first pass runs at start, when nothing is pending; the next would come an hour later.
        var settings = GatewaySettings.For(database.ConnectionString, smtp, gateway, TimeSpan.FromHours(1));

        await using var first = await WebAppServer.StartAsync(settings);
        var clinic = await ApiCalls.SignInAsync(first.BaseAddress, "clinician");
        var commission = await ApiCalls.SignInAsync(first.BaseAddress, "commission");
        var caseId = await SubmittedCaseAsync(clinic);
        await ApiCalls.OkAsync(await commission.PostAsJsonAsync("api/referrals/" + caseId + "/steps", new { trigger = "approve", protocolNumber = "П-21" }));
        await ApiCalls.OkAsync(await commission.PostAsJsonAsync("api/referrals/" + caseId + "/steps", new { trigger = "register" }));

        int pending;
        await using (var db = database.CreateContext())
        {
            pending = await db.OutboxMessages.CountAsync(m => m.ReferralId == caseId && m.DeliveredAt == null);
        }

        Assert.Equal(2, pending); // the registration: an SMS and an e-mail (the cabinet's copy needs no transport)
        first.Kill();
        Assert.Empty(smtp.Messages());
        Assert.Empty(gateway.Received);

        settings["Outbox__PollInterval"] = "00:00:01";
        await using var second = await WebAppServer.StartAsync(settings, first.TempDirectory);
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while ((smtp.Messages().Count < 1 || gateway.Sent.Count < 1) && waited.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(250);
        }

        await Task.Delay(TimeSpan.FromSeconds(3)); // a few more passes: nothing may come twice
        Assert.Single(smtp.Messages());
        var sms = Assert.Single(gateway.Sent);
        Assert.Equal("+77011234567", sms.Phone);
        await using (var db = database.CreateContext())
        {
            var rows = await db.OutboxMessages.Where(m => m.ReferralId == caseId && m.Channel != Domain.Notifications.NotificationChannel.Cabinet).ToListAsync();
            Assert.All(rows, r => Assert.NotNull(r.DeliveredAt));
            Assert.Contains(rows, r => r.Id == sms.Id);
            Assert.Equal("referral.registered", Assert.Single(rows, r => r.Id == sms.Id).Topic);
        }

        // Issue 8: the audit chain written before the kill and after the restart verifies whole, and holds the decisions.
        var auditor = await ApiCalls.SignInAsync(second.BaseAddress, "auditor");
        var chain = await ApiCalls.OkAsync(await auditor.PostAsJsonAsync("api/audit/verify", new { }));
        await using (var db = database.CreateContext())
        {
            Assert.True(chain.GetProperty("isIntact").GetBoolean(), chain.ToString());
            Assert.Equal(await db.AuditRecords.LongCountAsync(), chain.GetProperty("verifiedRecords").GetInt64());
            Assert.Equal((await db.AuditHeads.SingleAsync()).LastSequence, chain.GetProperty("verifiedRecords").GetInt64());
            Assert.True(await db.AuditRecords.CountAsync(a => a.EntityId == caseId.ToString()) >= 3, "the case's steps are not in the audit trail");
        }
    }

    /// <summary>The demo patient (with an e-mail now), a draft with the four documents and the karaganda provider, sent to the commission.</summary>
    private static async Task<Guid> SubmittedCaseAsync(HttpClient clinic)
    {
        await ApiCalls.OkAsync(await clinic.PostAsJsonAsync("api/patients", new
        {
            iin = PatientIin, lastName = "Сейітқали", firstName = "Айгүл", phone = "+77011234567", email = "aigul@example.kz", language = "kk", insuranceStatus = "insured",
        }));
        var patient = (await ApiCalls.OkAsync(await clinic.PostAsJsonAsync("api/patients/find", new { iin = PatientIin }))).GetProperty("id").GetGuid();
        var opened = await ApiCalls.OkAsync(await clinic.PostAsJsonAsync("api/referrals", new
        {
            patientId = patient, htmcCode = "35.21", diagnosis = "I35.0 Аортальный стеноз", specialistConclusion = "Показано протезирование аортального клапана.",
        }));
        var id = opened.GetProperty("id").GetGuid();
        foreach (var kind in new[] { "identity-document", "hospitalization-referral", "medical-record-extract", "diagnostic-results" })
        {
            var file = new ByteArrayContent("%PDF-1.4\n%%EOF\n"u8.ToArray());
            file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            await ApiCalls.OkAsync(await clinic.PostAsync("api/referrals/" + id + "/documents", new MultipartFormDataContent { { new StringContent(kind), "kind" }, { file, "file", kind + ".pdf" } }));
        }

        var provider = opened.GetProperty("offeredProviders").EnumerateArray().First(p => p.GetProperty("name").GetString()!.Contains("Караганды", StringComparison.Ordinal)).GetProperty("id").GetGuid();
        await ApiCalls.OkAsync(await clinic.PutAsJsonAsync("api/referrals/" + id + "/provider", new { providerId = provider }));
        await ApiCalls.OkAsync(await clinic.PostAsJsonAsync("api/referrals/" + id + "/steps", new { trigger = "submit" }));
        return id;
    }
}
