using System.Globalization;
using CsvHelper;
using Joldama.Application.Audit;
using Joldama.Application.Shared;
using Joldama.Data;
using Joldama.Domain.Access;
using Joldama.Domain.Audit;
using Joldama.Domain.Referrals;
using Joldama.Domain.Shared;
using Microsoft.EntityFrameworkCore;

namespace Joldama.Application.Referrals.Worklists;

/// <summary>
/// §40 ¶3: the journal of refusals — every negative decision with its protocol, ground (§40 ¶4) and reason; searchable
/// by period, ground, code and IIN, and exportable as CSV.
/// </summary>
public sealed class RefusalJournal(JoldamaDbContext db, AuditLog audit)
{
    public sealed record Entry(
        Guid CaseId, DateTimeOffset DecidedAt, string PatientIin, string PatientName, string HtmcCode, string Diagnosis,
        string? ProtocolNumber, RejectionGround Ground, string? Comment, string RegionCode, string DecidedBy);

    public sealed record Filter(string? From = null, string? To = null, string? Ground = null, string? Code = null, string? Iin = null);

    public async Task<Result<IReadOnlyList<Entry>>> SearchAsync(AccessScope scope, Filter filter, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var rejected = from c in db.ReferralCases.AsNoTracking().Within(scope, db)
                       where c.State == ReferralState.Rejected
                       join p in db.Patients.AsNoTracking() on c.PatientId equals p.Id
                       join t in db.ReferralTransitions.AsNoTracking() on c.Id equals t.CaseId
                       where t.Trigger == ReferralTrigger.Reject
                       select new { c, p, t };
        if (!string.IsNullOrWhiteSpace(filter.Ground))
        {
            var ground = InputEnums.Parse<RejectionGround>(filter.Ground, "ground");
            if (ground.IsError)
            {
                return ground.Error;
            }

            rejected = rejected.Where(x => x.c.RejectionGround == ground.Value);
        }

        foreach (var (text, field, isFrom) in new[] { (filter.From, "from", true), (filter.To, "to", false) })
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            var day = InputDates.Parse(text, field);
            if (day.IsError)
            {
                return day.Error;
            }

            // Days in Kazakhstan, both ends included.
            var bound = isFrom ? KazakhstanTime.StartOfDay(day.Value) : KazakhstanTime.EndOfDay(day.Value);
            rejected = isFrom ? rejected.Where(x => x.t.At >= bound) : rejected.Where(x => x.t.At < bound);
        }

        if (!string.IsNullOrWhiteSpace(filter.Code))
        {
            var code = filter.Code.Trim();
            rejected = rejected.Where(x => x.c.HtmcCode == code);
        }

        string? iin = null;
        if (!string.IsNullOrWhiteSpace(filter.Iin))
        {
            var parsed = Domain.Identifiers.Iin.Parse(filter.Iin);
            if (parsed.IsError)
            {
                return parsed.Error;
            }

            iin = parsed.Value.Value;
            rejected = rejected.Where(x => x.p.Iin == iin);
        }

        var rows = await rejected.OrderByDescending(x => x.t.At).Take(5000).ToListAsync(cancellationToken);
        await audit.AppendAsync(actor, "refusal_journal.search", "referral", "-", iin, AuditOutcome.Allowed, cancellationToken);
        return rows.Select(x => new Entry(
            x.c.Id, x.t.At, x.p.Iin, x.p.FullName, x.c.HtmcCode, x.c.Diagnosis, x.c.ProtocolNumber, x.c.RejectionGround ?? RejectionGround.NoIndications,
            x.c.DecisionComment, x.c.RegionCode, x.t.ActorLogin)).ToList();
    }

    /// <summary>The journal as CSV (UTF-8 with BOM so that spreadsheet programs read Kazakh letters), headers from <paramref name="header"/>.</summary>
    public static byte[] ToCsv(IEnumerable<Entry> entries, Func<string, string> header, Func<RejectionGround, string> groundName)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(groundName);
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        using (var csv = new CsvWriter(writer, CultureInfo.InvariantCulture))
        {
            foreach (var column in new[] { "decided-at", "iin", "patient", "code", "diagnosis", "protocol", "ground", "comment", "region", "decided-by" })
            {
                csv.WriteField(header(column));
            }

            csv.NextRecord();
            foreach (var e in entries)
            {
                csv.WriteField(KazakhstanTime.ToKazakhstanTime(e.DecidedAt).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
                csv.WriteField(e.PatientIin);
                csv.WriteField(e.PatientName);
                csv.WriteField(e.HtmcCode);
                csv.WriteField(e.Diagnosis);
                csv.WriteField(e.ProtocolNumber);
                csv.WriteField(groundName(e.Ground));
                csv.WriteField(e.Comment);
                csv.WriteField(e.RegionCode);
                csv.WriteField(e.DecidedBy);
                csv.NextRecord();
            }
        }

        return stream.ToArray();
    }
}
