using Joldama.Application.Generation;
using Joldama.Application.Tests.Referrals.Workflow;
using Joldama.Domain.Identifiers;
using Joldama.Domain.Referrals;
using Joldama.Domain.Referrals.FollowUp;
using Joldama.Domain.Shared;
using Joldama.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Joldama.Application.Tests.Generation;

/// <summary>
/// Issue 7: the generator's data are data the domain could have produced — valid and unique IINs, every case's
/// transitions a legal path through the workflow table ending in its state, the running deadline where the calendar
/// puts it, follow-ups that pass the §42 rules, and foreign keys that hold (the load skips their triggers).
/// </summary>
public sealed class GeneratedDataInvariantsTests
{
    // Friday 20 November 2026, 15:00 in Kazakhstan.
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);

    [PostgresFact]
    public async Task Generate_3000Cases_SatisfyTheDomainInvariants()
    {
        await using var database = await TestDatabase.CreatePostgresAsync();
        await using (var db = database.CreateContext())
        {
            await db.Database.MigrateAsync();
            var result = await new ReferralDataGenerator(db, ReferralWorld.Law, new FakeTimeProvider(Now)).GenerateAsync(3000, seed: 11);
            Assert.Equal(3000, result.Cases);
        }

        await using var read = database.CreateContext();
        var cases = await read.ReferralCases.AsNoTracking().ToListAsync();
        var transitions = (await read.ReferralTransitions.AsNoTracking().ToListAsync()).ToLookup(t => t.CaseId);
        var followUps = (await read.FollowUps.AsNoTracking().ToListAsync()).ToLookup(f => f.CaseId);
        var patients = await read.Patients.AsNoTracking().ToDictionaryAsync(p => p.Id);
        var documents = (await read.ReferralDocuments.AsNoTracking().Select(d => d.CaseId).ToListAsync()).CountBy(id => id).ToDictionary();
        var organizations = (await read.Organizations.Select(o => o.Id).ToListAsync()).ToHashSet();
        var law = ReferralWorld.Law;
        var today = KazakhstanTime.ToKazakhstanDate(Now);

        Assert.Equal(3000, cases.Count);
        Assert.All(patients.Values, p => Assert.True(Iin.IsValid(p.Iin), p.Iin));
        Assert.Equal(patients.Count, patients.Values.Select(p => p.Iin).Distinct().Count());
        Assert.True(cases.Select(c => c.State).Distinct().Count() >= 10, "cases in at least ten of the thirteen states");
        foreach (var c in cases)
        {
            Assert.True(patients.ContainsKey(c.PatientId), "patient of " + c.Id);
            Assert.Contains(c.SenderOrganizationId, organizations);
            Assert.Contains(c.AttachmentOrganizationId, organizations);
            Assert.Equal(4, documents.GetValueOrDefault(c.Id));

            // A legal path: from the draft, each move a row of the table, each from where the last one ended, in time order, none after now.
            var path = transitions[c.Id].OrderBy(t => t.At).ToList();
            var state = ReferralState.Draft;
            foreach (var t in path)
            {
                Assert.Equal(state, t.From);
                Assert.Equal(ReferralWorkflow.Find(t.From, t.Trigger)?.To, t.To);
                Assert.True(t.At <= Now);
                state = t.To;
            }

            Assert.Equal(state, c.State);
            Assert.Equal(path.Count == 0 ? c.CreatedAt : path[^1].At, c.StateSince);

            // The running deadline where the calendar puts it (§35.1, §38, §39).
            Assert.Equal(ReferralDeadlines.RunningIn(c.State), c.Deadline);
            if (c.Deadline is { } deadline)
            {
                Assert.Equal(ReferralDeadlines.Due(law.Calendar, law.Referrals, deadline, c.StateSince).Value, c.DueOn);
            }
            else
            {
                Assert.Null(c.DueOn);
            }

            Assert.Equal(c.ReferralNumber is not null, path.Any(t => t.Trigger == ReferralTrigger.Register));
            if (c.DischargedOn is { } discharged)
            {
                var entries = followUps[c.Id].Select(f => new FollowUpEntry(Enum.Parse<FollowUpKind>(f.Kind.Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true), f.On, f.Note)).ToList();
                Assert.False(FollowUpValidation.CheckAll(entries, discharged, today).IsError, "follow-ups of " + c.Id);
            }
            else
            {
                Assert.Empty(followUps[c.Id]);
            }
        }

        var numbers = cases.Where(c => c.ReferralNumber is not null).Select(c => c.ReferralNumber).ToList();
        Assert.Equal(numbers.Count, numbers.Distinct().Count());
    }

    [PostgresFact]
    public async Task Generate_SameSeed_SameCases()
    {
        async Task<List<(string, ReferralState, DateTimeOffset)>> GenerateAsync()
        {
            await using var database = await TestDatabase.CreatePostgresAsync();
            await using var db = database.CreateContext();
            await db.Database.MigrateAsync();
            await new ReferralDataGenerator(db, ReferralWorld.Law, new FakeTimeProvider(Now)).GenerateAsync(200, seed: 5);
            return [.. (await db.ReferralCases.AsNoTracking().Join(db.Patients, c => c.PatientId, p => p.Id, (c, p) => new { p.Iin, c.State, c.StateSince }).ToListAsync())
                .Select(x => (x.Iin, x.State, x.StateSince)).Order()];
        }

        Assert.Equal(await GenerateAsync(), await GenerateAsync());
    }
}
