using System.Net;
using Joldama.Data;
using Joldama.Web.Tests.Access;
using Joldama.Web.Tests.Infrastructure;

namespace Joldama.Web.Tests.Referrals;

/// <summary>Two commission members decide the same case at once with the ETag they both read: one decision stands, the other is told the case changed.</summary>
public sealed class ReferralConcurrencyApiTests
{
    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    [Trait("Category", "Postgres")]
    public async Task Decide_TwoAtOnceWithSameIfMatch_OneOkOneChangedMeanwhile(DatabaseProvider provider)
    {
        await using var app = await DemoApp.StartAsync(provider);
        var api = new ReferralApi(app);
        var id = await api.SubmittedCaseAsync(await app.SessionAsync("clinician"));
        var (commission, secretary) = (await app.SessionAsync("commission"), await app.SessionAsync("secretary"));
        var (_, etag) = await api.GetAsync(commission, id);

        var answers = await Task.WhenAll(
            api.StepAsync(commission, id, new { trigger = "approve", protocolNumber = "П-1" }, etag),
            api.StepAsync(secretary, id, new { trigger = "reject", protocolNumber = "П-2", ground = "no-indications", comment = "нет показаний" }, etag));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
        var loser = Assert.Single(answers, a => a.StatusCode != HttpStatusCode.OK);
        await Problems.AssertProblemAsync(loser, HttpStatusCode.Conflict, "referral.changed_meanwhile");
        var (json, _) = await api.GetAsync(commission, id);
        Assert.Equal(2, json.GetProperty("transitions").GetArrayLength()); // submit and one decision
    }

    [Fact]
    public async Task Step_StaleIfMatch_409ChangedMeanwhileWithCurrentVersion()
    {
        await using var app = await DemoApp.StartAsync();
        var api = new ReferralApi(app);
        var id = await api.SubmittedCaseAsync(await app.SessionAsync("clinician"));
        var commission = await app.SessionAsync("commission");
        var (json, etag) = await api.GetAsync(commission, id);

        var problem = await Problems.AssertProblemAsync(await api.StepAsync(commission, id, new { trigger = "approve", protocolNumber = "П-1" }, "\"0\""),
            HttpStatusCode.Conflict, "referral.changed_meanwhile");

        Assert.Equal(json.GetProperty("version").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture), problem.GetProperty("args").GetProperty("version").GetString());
        Assert.Equal(HttpStatusCode.OK, (await api.StepAsync(commission, id, new { trigger = "approve", protocolNumber = "П-1" }, etag)).StatusCode);
    }
}
