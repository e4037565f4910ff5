using System.Net;
using Joldama.Web.Tests.Access;
using Joldama.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Joldama.Web.Tests.Referrals;

/// <summary>
/// §42 over HTTP: the attachment clinic records the four kinds after the discharge (§41); a rule broken is a localized
/// 422 problem with its code; the list is the case's, within reach.
/// </summary>
public sealed class FollowUpApiTests(DemoAppFixture fixture) : IClassFixture<DemoAppFixture>
{
    private ReferralApi Api => new(fixture.App);

    [Fact]
    public async Task Record_EachKind_201AndListedByDate()
    {
        var app = fixture.App;
        var clinician = await app.SessionAsync("clinician");
        var id = await Api.DischargedCaseAsync(clinician);
        // «Alive at one year» needs a year since the discharge: the discharge is moved a year back (2025-03-02).
        await using (var db = app.Db())
        {
            var record = await db.ReferralCases.SingleAsync(c => c.Id == id);
            record.DischargedOn = new DateOnly(2025, 3, 2);
            await db.SaveChangesAsync();
        }

        foreach (var (kind, on) in new[] { ("complication", "2025-04-10"), ("disability", "2025-06-01"), ("alive-at-one-year", "2026-03-02"), ("death", "2026-03-02") })
        {
            var created = await Problems.ReadJsonAsync(await Api.RecordFollowUpAsync(clinician, id, kind, on, "Запись " + kind), HttpStatusCode.Created);
            Assert.Equal(kind, created.GetProperty("kind").GetString());
            Assert.Equal(on, created.GetProperty("on").GetString());
            Assert.Equal(id, created.GetProperty("caseId").GetGuid());
        }

        var list = await Problems.ReadJsonAsync(await app.GetAsync(clinician, $"/api/referrals/{id}/follow-ups"));
        Assert.Equal(["complication", "disability", "alive-at-one-year", "death"], list.EnumerateArray().Select(e => e.GetProperty("kind").GetString()));
        var analyst = await Problems.ReadJsonAsync(await app.GetAsync(await app.SessionAsync("analyst"), $"/api/referrals/{id}/follow-ups"));
        Assert.Equal(4, analyst.GetArrayLength());
    }

    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    public async Task Record_BeforeDischarge_422LocalizedWithCode(string lang)
    {
        var clinician = await fixture.App.SessionAsync("clinician");
        var id = await Api.DischargedCaseAsync(clinician);

        var problem = await Problems.AssertProblemAsync(
            await Api.RecordFollowUpAsync(clinician, id, "complication", "2026-03-01", lang: lang), HttpStatusCode.UnprocessableEntity, "referral.follow_up_before_discharge");

        Assert.Equal(lang == "kk", Problems.HasKazakhLetter(Problems.Detail(problem)));
        var list = await Problems.ReadJsonAsync(await fixture.App.GetAsync(clinician, $"/api/referrals/{id}/follow-ups"));
        Assert.Equal(0, list.GetArrayLength());
    }

    [Fact]
    public async Task Record_UnknownKindOrSecondDeath_LocalizedProblems()
    {
        var clinician = await fixture.App.SessionAsync("clinician");
        var id = await Api.DischargedCaseAsync(clinician);

        await Problems.AssertProblemAsync(await Api.RecordFollowUpAsync(clinician, id, "recovery", "2026-03-02"), HttpStatusCode.BadRequest, "input.invalid");
        await Problems.ReadJsonAsync(await Api.RecordFollowUpAsync(clinician, id, "death", "2026-03-02"), HttpStatusCode.Created);
        await Problems.AssertProblemAsync(await Api.RecordFollowUpAsync(clinician, id, "death", "2026-03-02"), HttpStatusCode.Conflict, "referral.follow_up_second_death");
    }

    [Fact]
    public async Task Record_BeforeDischargeState_Conflict()
    {
        var clinician = await fixture.App.SessionAsync("clinician");
        var id = await Api.SubmittedCaseAsync(clinician);

        await Problems.AssertProblemAsync(await Api.RecordFollowUpAsync(clinician, id, "complication", "2026-03-02"), HttpStatusCode.Conflict, "referral.transition_not_allowed");
    }
}
