using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Joldama.Application.Audit;
using Joldama.Application.Shared;
using Joldama.Data;
using Joldama.Data.Organizations;
using Joldama.Domain.Access;
using Joldama.Domain.Audit;
using Joldama.Domain.Shared;
using Microsoft.EntityFrameworkCore;

namespace Joldama.Application.Organizations;

/// <summary>
/// Organizations as CSV (UTF-8, comma, header <c>bin,name_kk,name_ru,region,kind,level</c>).
/// An import is all or nothing: any bad row rejects the file with every row's error, and nothing changes.
/// </summary>
public sealed class OrganizationCsv(JoldamaDbContext db, OrganizationService organizations, AuditLog audit)
{
    public const long MaxBytes = 1_000_000;
    public const int MaxRows = 10_000;
    public static readonly string[] Header = ["bin", "name_kk", "name_ru", "region", "kind", "level"];

    private static readonly CsvConfiguration Format = new(CultureInfo.InvariantCulture)
    {
        HasHeaderRecord = true,
        DetectColumnCountChanges = true,
        TrimOptions = TrimOptions.Trim,
    };

    public async Task<Result<int>> ImportAsync(Stream csv, long length, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(csv);
        if (length > MaxBytes)
        {
            return new ImportTooLarge(length, MaxBytes);
        }

        // The declared length may be missing (chunked upload) or wrong: the limit holds while reading too.
        using var buffered = new MemoryStream();
        var chunk = new byte[81_920];
        int read;
        while ((read = await csv.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffered.Length + read > MaxBytes)
            {
                return new ImportTooLarge(buffered.Length + read, MaxBytes);
            }

            buffered.Write(chunk, 0, read);
        }

        buffered.Position = 0;
        var parsed = await ReadAsync(buffered, cancellationToken);
        if (parsed.IsError)
        {
            return parsed.Error;
        }

        var errors = new List<ImportRowError>();
        var accepted = new List<Organization>();
        var existing = (await db.Organizations.Select(o => o.Bin).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        foreach (var (line, row) in parsed.Value)
        {
            var organization = organizations.Validate(row);
            if (organization.IsError)
            {
                errors.Add(new ImportRowError(line, organization.Error));
            }
            else if (!existing.Add(organization.Value.Bin))
            {
                errors.Add(new ImportRowError(line, new OrganizationDuplicate(organization.Value.Bin)));
            }
            else
            {
                accepted.Add(organization.Value);
            }
        }

        if (errors.Count > 0)
        {
            return new ImportRejected(errors);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Organizations.AddRange(accepted);
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(actor, "organization.import", "organization", $"{accepted.Count} rows", null, AuditOutcome.Allowed, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return accepted.Count;
    }

    public async Task WriteAsync(AccessScope scope, TextWriter output, CancellationToken cancellationToken = default)
    {
        await using var writer = new CsvWriter(output, Format, leaveOpen: true);
        foreach (var column in Header)
        {
            writer.WriteField(column);
        }

        await writer.NextRecordAsync();
        await foreach (var o in organizations.Visible(scope).OrderBy(o => o.Bin).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            // Spreadsheets run a cell starting with = + - @ as a formula (CSV injection): quote it as text.
            foreach (var field in new[] { o.Bin, o.NameKk, o.NameRu, o.RegionCode, o.Kind.ToString(), o.Level.ToString() })
            {
                writer.WriteField(field.Length > 0 && "=+-@".Contains(field[0], StringComparison.Ordinal) ? "'" + field : field);
            }

            await writer.NextRecordAsync();
        }
    }

    private static async Task<Result<List<(int Line, NewOrganization Row)>>> ReadAsync(Stream csv, CancellationToken cancellationToken)
    {
        var rows = new List<(int, NewOrganization)>();
        using var reader = new StreamReader(csv);
        using var parser = new CsvReader(reader, Format);
        try
        {
            if (!await parser.ReadAsync() || !parser.ReadHeader() || !Header.SequenceEqual(parser.HeaderRecord?.Select(h => h.Trim().ToLowerInvariant()) ?? []))
            {
                return new InputInvalid("header", string.Join(',', parser.HeaderRecord ?? []), string.Join(',', Header));
            }

            while (await parser.ReadAsync())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (rows.Count == MaxRows)
                {
                    return new InputInvalid("rows", $"> {MaxRows}", string.Create(CultureInfo.InvariantCulture, $"at most {MaxRows} rows"));
                }

                rows.Add((parser.Parser.RawRow, new NewOrganization(
                    parser.GetField(0), parser.GetField(1), parser.GetField(2), parser.GetField(3), parser.GetField(4), parser.GetField(5))));
            }
        }
        catch (CsvHelperException e)
        {
            var line = e.Context?.Parser?.RawRow ?? 0;
            return new InputInvalid("csv", string.Create(CultureInfo.InvariantCulture, $"line {line}"), "six comma-separated columns per row, quotes balanced");
        }

        return rows;
    }
}
