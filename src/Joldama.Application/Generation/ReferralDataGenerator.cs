using System.Diagnostics;
using System.Globalization;
using Joldama.Application.Access;
using Joldama.Application.Law;
using Joldama.Data;
using Joldama.Data.Organizations;
using Joldama.Data.Patients;
using Joldama.Data.Referrals;
using Joldama.Domain.Catalog;
using Joldama.Domain.Funding;
using Joldama.Domain.Organizations;
using Joldama.Domain.Shared;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Joldama.Application.Generation;

/// <summary>
/// Fills a PostgreSQL database with synthetic data at national scale (issue 7): for every region attachment clinics,
/// a provider and a health department, providers' conclusions, patients with valid IINs, and referral cases over ten
/// years in every state with their transitions, documents' metadata and follow-ups — by binary COPY, in batches.
/// Organizations already there (the demo seed's) join the pools of their regions, so the demo users see the data.
/// </summary>
/// <remarks>
/// What is not generated: audit records (the hash chain is per append; historic cases get none, so the chain stays
/// verifiable), outbox messages, escalations, and the bytes of documents (metadata only: the download of a generated
/// document fails, as it expects its bytes).
/// </remarks>
public sealed class ReferralDataGenerator(JoldamaDbContext db, LawLibrary law, TimeProvider clock)
{
    public const int BatchSize = 20_000;

    private const int ClinicsPerRegion = 5;
    private const int CodeCount = 30;

    // The cities of republican significance and the most populous regions send more cases.
    private static readonly HashSet<string> Populous = new(StringComparer.Ordinal) { "almaty-city", "astana", "shymkent", "turkistan", "almaty-region", "karaganda" };

    public sealed record Generated(int Cases, int Patients, int Transitions, int Documents, int FollowUps, TimeSpan Took);

    /// <summary>Adds <paramref name="cases"/> cases (same <paramref name="seed"/>, same data); <paramref name="progress"/> hears after each batch.</summary>
    public async Task<Generated> GenerateAsync(int cases, int seed, Action<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(cases);
        if (!db.Database.IsNpgsql())
        {
            throw new InvalidOperationException("The generator writes with PostgreSQL's COPY: set Database__Provider=Postgres.");
        }

        var watch = Stopwatch.StartNew();
        var world = await WorldAsync(seed, cancellationToken);
        var synthetic = new SyntheticCases(world, seed);
        synthetic.Reserve(await db.Patients.AsNoTracking().Select(p => p.Iin).ToListAsync(cancellationToken));
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        var triggersOff = false;
        try
        {
            // A bulk load's session: commits need not wait for the disk, and the foreign-key triggers are skipped —
            // the rows are written parents first from one consistent model (the invariants test checks the joins).
            await using (var session = new NpgsqlCommand("SET synchronous_commit = off", connection))
            {
                await session.ExecuteNonQueryAsync(cancellationToken);
            }

            try
            {
                await using var triggers = new NpgsqlCommand("SET session_replication_role = replica", connection);
                await triggers.ExecuteNonQueryAsync(cancellationToken);
                triggersOff = true;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InsufficientPrivilege)
            {
                // Not a superuser: the load keeps its foreign-key checks and is slower, not wrong.
            }

            var (patients, caseRows, transitions, documents, followUps) = (new PostgresCopy<PatientRecord>(db), new PostgresCopy<ReferralCaseRecord>(db),
                new PostgresCopy<ReferralTransitionRecord>(db), new PostgresCopy<ReferralDocumentRecord>(db), new PostgresCopy<FollowUpRecord>(db));
            var total = new int[5];
            for (var done = 0; done < cases;)
            {
                var chunk = synthetic.Next(Math.Min(BatchSize, cases - done));
                total[0] += chunk.Cases.Count;
                total[1] += (int)await patients.WriteAsync(connection, chunk.Patients, cancellationToken);
                await caseRows.WriteAsync(connection, chunk.Cases, cancellationToken);
                total[2] += (int)await transitions.WriteAsync(connection, chunk.Transitions, cancellationToken);
                total[3] += (int)await documents.WriteAsync(connection, chunk.Documents, cancellationToken);
                total[4] += (int)await followUps.WriteAsync(connection, chunk.FollowUps, cancellationToken);
                done += chunk.Cases.Count;
                progress?.Invoke(done);
            }

            // Fresh statistics, so that the planner sees a million rows rather than the empty tables it last looked at.
            await using (var analyze = new NpgsqlCommand("ANALYZE patients, referral_cases, referral_transitions, referral_documents, referral_follow_ups", connection))
            {
                analyze.CommandTimeout = 0;
                await analyze.ExecuteNonQueryAsync(cancellationToken);
            }

            return new Generated(total[0], total[1], total[2], total[3], total[4], watch.Elapsed);
        }
        finally
        {
            await using (var reset = new NpgsqlCommand("RESET synchronous_commit" + (triggersOff ? "; RESET session_replication_role" : string.Empty), connection))
            {
                await reset.ExecuteNonQueryAsync(CancellationToken.None);
            }

            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The regions' organizations and the codes, created where missing (ordinary inserts: a few hundred rows).</summary>
    private async Task<GenerationWorld> WorldAsync(int seed, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = KazakhstanTime.ToKazakhstanDate(now);
        var existing = await db.Organizations.ToListAsync(cancellationToken);
        var serial = existing.Count;
        Organization Ensure(string region, OrganizationKind kind, OrganizationLevel level, string kk, string ru, int index)
        {
            var found = existing.Where(o => o.RegionCode == region && o.Kind == kind).Skip(index).FirstOrDefault();
            if (found is not null)
            {
                return found;
            }

            var created = new Organization
            {
                Id = Guid.NewGuid(), Bin = GeneratedBin(seed, ++serial), NameKk = kk, NameRu = ru, RegionCode = region, Kind = kind, Level = level, CreatedAt = now,
            };
            existing.Add(created);
            db.Organizations.Add(created);
            return created;
        }

        var pools = new List<RegionPool>();
        foreach (var region in law.Regions.All)
        {
            var (kk, ru) = (region.Name.Kk, region.Name.Ru);
            var clinics = Enumerable.Range(0, ClinicsPerRegion)
                .Select(i => Ensure(region.Code, OrganizationKind.PrimaryCare, OrganizationLevel.Regional, $"{kk}: №{i + 1} емхана", $"{ru}: поликлиника № {i + 1}", i)).ToList();
            var provider = Ensure(region.Code, OrganizationKind.HtmcProvider, OrganizationLevel.Regional, $"{kk}: көпбейінді аурухана", $"{ru}: многопрофильная больница", 0);
            var department = Ensure(region.Code, OrganizationKind.RegionalHealthDepartment, OrganizationLevel.Regional, $"{kk}: денсаулық сақтау басқармасы", $"{ru}: управление здравоохранения", 0);
            pools.Add(new RegionPool(region.Code, Populous.Contains(region.Code) ? 2 : 1, clinics, provider, department));
        }

        var national = existing.Where(o => o.Kind == OrganizationKind.HtmcProvider && o.Level == OrganizationLevel.Republican).ToList();
        if (national.Count == 0)
        {
            national.Add(Ensure("astana", OrganizationKind.HtmcProvider, OrganizationLevel.Republican, "Ұлттық ғылыми орталық", "Национальный научный центр", 1));
        }

        var codes = Codes(today);
        await ConclusionsAsync([.. pools.Select(p => p.Provider), .. national], codes, today, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new GenerationWorld(pools, national, codes, now, law);
    }

    /// <summary>The first codes in force today that free care or insurance can cover, with their funding texts.</summary>
    private List<CodeFunding> Codes(DateOnly today)
    {
        FundingText? Text(HtmcCode code, bool insured)
        {
            var decided = law.Funding.Decide(new FundingCase(code, Hospitalization.Planned, today, insured));
            if (decided.IsError || decided.Value.Outcome == FundingOutcome.NotHtmc)
            {
                return null;
            }

            var d = decided.Value;
            return new FundingText(d.Stream?.ToString().ToLowerInvariant(), d.Outcome == FundingOutcome.Covered && d.Stream != FundingStream.Paid,
                Truncate(d.Explanation.Kk), Truncate(d.Explanation.Ru));
        }

        var codes = new List<CodeFunding>();
        foreach (var code in law.Catalog.Codes.OrderBy(c => c.Value, StringComparer.Ordinal).Prepend(HtmcCode.Parse(DemoReferralData.Code).Value).DistinctBy(c => c.Value))
        {
            if (Text(code, true) is { } insured && Text(code, false) is { } uninsured)
            {
                codes.Add(new CodeFunding(code.Value, insured, uninsured));
            }

            if (codes.Count == CodeCount)
            {
                break;
            }
        }

        return codes;
    }

    /// <summary>§31 ¶2: every provider gets a valid conclusion for each generated code it lacks one for.</summary>
    private async Task ConclusionsAsync(IReadOnlyList<Organization> providers, IReadOnlyList<CodeFunding> codes, DateOnly today, CancellationToken cancellationToken)
    {
        var ids = providers.Select(p => p.Id).ToList();
        var held = (await db.Conclusions.Where(c => ids.Contains(c.OrganizationId)).Select(c => new { c.OrganizationId, c.Code }).ToListAsync(cancellationToken))
            .Select(c => (c.OrganizationId, c.Code)).ToHashSet();
        var number = await db.Conclusions.CountAsync(cancellationToken);
        foreach (var provider in providers.DistinctBy(p => p.Id))
        {
            foreach (var code in codes.Where(c => !held.Contains((provider.Id, c.Code))))
            {
                var (application, conclusion) = DemoReferralData.Conclusion(provider, SyntheticCases.GeneratorUserId, today, code.Code);
                var n = (++number).ToString("D6", CultureInfo.InvariantCulture);
                application.Number = "A-GEN-" + n;
                conclusion.Number = "C-GEN-" + n;
                db.ConformityApplications.Add(application);
                db.Conclusions.Add(conclusion);
            }
        }
    }

    /// <summary>A valid BIN: registered 2010-0x (the demo's are 2005-01), resident legal entity, head office.</summary>
    private static string GeneratedBin(int seed, int serial)
    {
        for (var s = serial * 10 + (seed % 7); ; s++)
        {
            var prefix = string.Create(CultureInfo.InvariantCulture, $"100{1 + (s / 100_000 % 9)}40{s % 100_000:D5}");
            for (var check = 0; check <= 9; check++)
            {
                var bin = prefix + check.ToString(CultureInfo.InvariantCulture);
                if (Domain.Identifiers.Bin.IsValid(bin))
                {
                    return bin;
                }
            }
        }
    }

    private static string Truncate(string text) => text.Length <= 1000 ? text : text[..1000];
}
