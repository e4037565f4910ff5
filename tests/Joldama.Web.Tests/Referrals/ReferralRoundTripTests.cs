using System.Data.Common;
using Joldama.Data;
using Joldama.Web.Tests.Access;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Joldama.Web.Tests.Referrals;

/// <summary>
/// Issue 7: the database round trips of a request do not grow with the data — no N+1. Each request is counted with
/// the commands the app's DbContext sends (every command is one round trip; commits are not commands and not counted),
/// once with few cases and again after more cases, transitions and documents were added.
/// </summary>
public sealed class ReferralRoundTripTests
{
    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task WorklistAndReferralPage_SameRoundTrips_WithMoreCasesAndHistory(DatabaseProvider provider)
    {
        var counter = new CommandCounter();
        await using var app = await DemoApp.StartAsync(provider, testServices: s => s.ConfigureDbContext<JoldamaDbContext>(o => o.AddInterceptors(counter)));
        var api = new ReferralApi(app);
        var (clinician, commission) = (await app.SessionAsync("clinician"), await app.SessionAsync("commission"));
        var first = await api.SubmittedCaseAsync(clinician);

        var worklistFew = await counter.CountAsync(() => app.GetAsync(commission, "/api/referrals/worklist"));
        var openFew = await counter.CountAsync(() => app.GetAsync(commission, "/api/referrals/worklist?open=true"));
        var pageShort = await counter.CountAsync(() => app.GetAsync(commission, $"/api/referrals/{first}"));

        // Five more cases in the queue, and the first one further on its way (two more transitions).
        for (var i = 0; i < 5; i++)
        {
            await api.SubmittedCaseAsync(clinician);
        }

        await api.StepOkAsync(commission, first, new { trigger = "approve", protocolNumber = "П-7/2026" });
        await api.StepOkAsync(commission, first, new { trigger = "register" });

        var worklistMore = await counter.CountAsync(() => app.GetAsync(commission, "/api/referrals/worklist"));
        var openMore = await counter.CountAsync(() => app.GetAsync(commission, "/api/referrals/worklist?open=true"));
        var pageLonger = await counter.CountAsync(() => app.GetAsync(commission, $"/api/referrals/{first}"));

        Assert.Equal(worklistFew, worklistMore);
        Assert.Equal(openFew, openMore);
        Assert.Equal(pageShort, pageLonger);

        // What they are: the session check (one query), the page's query or two (deadlines first, then the rest), the
        // audit record (one insert; ADR 10 chains it later): 4 on both engines when measured. The referral page: the
        // session check, its three split queries (case, transitions, documents), the patient's IIN, the audit record, and
        // what the answer shows besides (names of organizations, the offered providers, the follow-ups): 10 on both.
        Assert.InRange(worklistMore, 3, 4);
        Assert.InRange(pageLonger, 8, 10);
    }

    private sealed class CommandCounter : DbCommandInterceptor
    {
        private int _count;

        public async Task<int> CountAsync(Func<Task<HttpResponseMessage>> request)
        {
            var before = Volatile.Read(ref _count);
            using var response = await request();
            Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            return Volatile.Read(ref _count) - before;
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _count);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _count);
            return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _count);
            return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
