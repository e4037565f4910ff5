using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Joldama.Application.Audit;
using Joldama.Application.Organizations;
using Joldama.Application.Shared;
using Joldama.Data;
using Joldama.Data.Conformity;
using Joldama.Domain.Access;
using Joldama.Domain.Audit;
using Joldama.Domain.Catalog;
using Joldama.Domain.Shared;
using Microsoft.EntityFrameworkCore;

namespace Joldama.Application.Conformity.Resources;

/// <summary>What an import created: specialists (or devices) and the data rows they came from.</summary>
public sealed record ResourceImport(int Created, int Rows);

/// <summary>A device of this type and serial number is already on the organization's equipment, or earlier in the file.</summary>
public sealed record DeviceDuplicate(string TypeName, string SerialNumber)
    : ConflictError("conformity.device_duplicate", $"A device '{TypeName}' with serial number {SerialNumber} is already on the organization's equipment or earlier in the file.")
{
    public override IReadOnlyDictionary<string, string> Args { get; init; } = new Dictionary<string, string> { ["type"] = TypeName, ["serial"] = SerialNumber };
}

/// <summary>
/// A provider's specialists and devices as CSV (docs/provider-resources-csv.md), for a hospital's HR clerk working in a
/// spreadsheet: UTF-8 with or without BOM, ";" or "," (taken from the header), dates YYYY-MM-DD or DD.MM.YYYY.
/// </summary>
/// <remarks>
/// Specialists: one row per specialist; further rows with the same IIN add further certificates, experience,
/// courses and radiation permits to the same person. An import is all or nothing: every row is checked with
/// <see cref="ResourceValidation"/> and any bad row rejects the file with every row's error, column and code.
/// Rows go into the caller's own organization. An IIN already on its staff (not left) is an error of that row,
/// not an update: replacing a person's certificates is an edit made on purpose (it re-checks conclusions, §29),
/// never the side effect of importing a file twice. Likewise a device whose type and serial number are already
/// on the equipment (not written off) is an error.
/// </remarks>
public sealed class ResourceCsv(JoldamaDbContext db, ProviderResourceService resources, AuditLog audit, TimeProvider clock)
{
    public const long MaxBytes = 1_000_000;
    public const int MaxRows = 10_000;

    public static readonly string[] SpecialistHeader =
    [
        "full_name", "iin", "specialty", "certificate_number", "certificate_valid_from", "certificate_valid_to",
        "experience_years", "experience_scope", "experience_where", "education_hours", "education_topic", "education_completed_on",
        "radiation_permit_valid_to",
    ];

    public static readonly string[] DeviceHeader = ["type", "model", "serial_number", "count", "out_of_order_since"];

    /// <summary>The text of a radiation permit entered through the CSV (the column has only its end date).</summary>
    public const string RadiationPermitText = "Разрешение на работу с источниками ионизирующего излучения";

    /// <summary>Exports use ";": what a spreadsheet in a Russian or Kazakh locale splits on when the file is opened.</summary>
    public const string ExportDelimiter = ";";

    private const string DateExpected = "YYYY-MM-DD or DD.MM.YYYY";
    private static readonly string[] DottedDates = ["dd.MM.yyyy", "d.M.yyyy"];
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>ResourceValidation's field of a one-row input → the CSV column it came from.</summary>
    private static readonly Dictionary<string, string> Columns = new(StringComparer.Ordinal)
    {
        ["fullName"] = "full_name",
        ["certificates[0].specialty"] = "specialty",
        ["certificates[0].number"] = "certificate_number",
        ["certificates[0].validFrom"] = "certificate_valid_from",
        ["certificates[0].validTo"] = "certificate_valid_to",
        ["experience[0].years"] = "experience_years",
        ["experience[0].scope"] = "experience_scope",
        ["experience[0].where"] = "experience_where",
        ["education[0].hours"] = "education_hours",
        ["education[0].topic"] = "education_topic",
        ["education[0].completedOn"] = "education_completed_on",
        ["conditions[0].validTo"] = "radiation_permit_valid_to",
        ["typeName"] = "type",
        ["model"] = "model",
        ["serialNumber"] = "serial_number",
        ["count"] = "count",
        ["outOfOrderSince"] = "out_of_order_since",
    };

    private static readonly HashSet<string> DateColumns = new(StringComparer.Ordinal)
    {
        "certificate_valid_from", "certificate_valid_to", "education_completed_on", "radiation_permit_valid_to", "out_of_order_since",
    };

    /// <summary>Imports specialists into the caller's organization; the result counts people, not rows.</summary>
    public async Task<Result<ResourceImport>> ImportSpecialistsAsync(AccessScope scope, Stream csv, long length, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var table = await ReadAsync(csv, length, SpecialistHeader, cancellationToken);
        if (table.IsError)
        {
            return table.Error;
        }

        var errors = new List<ImportRowError>();
        var people = new Dictionary<string, Person>(StringComparer.Ordinal);
        var named = new Dictionary<string, (int Line, string Name)>(StringComparer.Ordinal); // the first name given for each IIN
        foreach (var (line, f) in table.Value)
        {
            var iinText = Domain.Identifiers.Iin.Normalize(f[1]);
            if (f[0].Length > 0 && named.TryGetValue(iinText, out var first) && !string.Equals(Fold(f[0]), Fold(first.Name), StringComparison.OrdinalIgnoreCase))
            {
                errors.Add(Row(line, new InputInvalid("full_name", f[0],
                    string.Create(CultureInfo.InvariantCulture, $"the name given on line {first.Line} for this IIN, or an empty cell"))));
                continue;
            }

            if (f[0].Length > 0)
            {
                named.TryAdd(iinText, (line, f[0]));
            }

            var name = f[0].Length > 0 ? f[0] : named.TryGetValue(iinText, out first) ? first.Name : f[0];
            var dates = Dates(line, errors, ("certificate_valid_from", f[4]), ("certificate_valid_to", f[5]), ("education_completed_on", f[11]), ("radiation_permit_valid_to", f[12]));
            if (dates is null)
            {
                continue;
            }

            if (!TryNumber(f[6], out var years))
            {
                errors.Add(Row(line, new InputInvalid("experience_years", f[6], "a number of years 0..70, e.g. 7 or 7,5")));
                continue;
            }

            if (!TryInteger(f[9], out var hours))
            {
                errors.Add(Row(line, new InputInvalid("education_hours", f[9], "a whole number of hours 1..5000")));
                continue;
            }

            var input = new SpecialistInput(
                name,
                iinText,
                Any(f[2], f[3], f[4], f[5]) ? [new CertificateInput(f[2], f[3], dates[0], dates[1])] : [],
                Any(f[6], f[7], f[8]) ? [new ExperienceInput(years, f[7], f[8])] : [],
                Any(f[9], f[10], f[11]) ? [new EducationInput(hours, f[10], dates[2])] : [],
                Any(f[12]) ? [new ConditionInput("radiation-permit", RadiationPermitText, null, dates[3])] : []);
            var valid = ResourceValidation.Specialist(input);
            if (valid.IsError)
            {
                errors.Add(Row(line, valid.Error));
                continue;
            }

            if (people.TryGetValue(iinText, out var person))
            {
                person.Add(input);
            }
            else
            {
                people.Add(iinText, new Person(line, valid.Value.FullName, input));
            }
        }

        var iins = people.Keys.ToList();
        var onStaff = (await db.Specialists.AsNoTracking()
            .Where(s => s.OrganizationId == scope.OrganizationId && s.LeftOn == null && iins.Contains(s.Iin))
            .Select(s => s.Iin).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var records = new List<SpecialistRecord>();
        var now = clock.GetUtcNow();
        foreach (var (iin, person) in people)
        {
            if (onStaff.Contains(iin))
            {
                errors.Add(Row(person.Line, new SpecialistDuplicate(iin)));
                continue;
            }

            // Each row passed on its own; together they are the same checks on longer lists.
            var valid = ResourceValidation.Specialist(person.ToInput());
            if (valid.IsError)
            {
                errors.Add(Row(person.Line, valid.Error));
                continue;
            }

            records.Add(new SpecialistRecord
            {
                Id = Guid.NewGuid(), OrganizationId = scope.OrganizationId, FullName = valid.Value.FullName, Iin = valid.Value.Iin,
                Certificates = valid.Value.Certificates, Experience = valid.Value.Experience, Education = valid.Value.Education,
                Conditions = valid.Value.Conditions, CreatedAt = now, UpdatedAt = now,
            });
        }

        if (errors.Count > 0)
        {
            return new ImportRejected([.. errors.OrderBy(e => e.Line)]);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Specialists.AddRange(records);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var record in records)
        {
            await audit.AppendAsync(actor, "specialist.create", "specialist", record.Id.ToString(), null, AuditOutcome.Allowed, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return new ResourceImport(records.Count, table.Value.Count);
    }

    /// <summary>Imports devices into the caller's organization: one record per row.</summary>
    public async Task<Result<ResourceImport>> ImportDevicesAsync(AccessScope scope, Stream csv, long length, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var table = await ReadAsync(csv, length, DeviceHeader, cancellationToken);
        if (table.IsError)
        {
            return table.Error;
        }

        var existing = (await db.Devices.AsNoTracking()
            .Where(d => d.OrganizationId == scope.OrganizationId && d.RetiredOn == null && d.SerialNumber != string.Empty)
            .Select(d => new { d.TypeName, d.SerialNumber }).ToListAsync(cancellationToken))
            .Select(d => DeviceKey(d.TypeName, d.SerialNumber)).ToHashSet(StringComparer.Ordinal);
        var errors = new List<ImportRowError>();
        var records = new List<DeviceRecord>();
        var now = clock.GetUtcNow();
        foreach (var (line, f) in table.Value)
        {
            var dates = Dates(line, errors, ("out_of_order_since", f[4]));
            if (dates is null)
            {
                continue;
            }

            int? count = 1; // an empty count is one device
            if (f[3].Length > 0)
            {
                if (!TryInteger(f[3], out count))
                {
                    errors.Add(Row(line, new InputInvalid("count", f[3], "a whole number 1..10000")));
                    continue;
                }
            }

            var valid = ResourceValidation.Device(new DeviceInput(f[0], f[1], f[2], count, dates[0]), resources.DeviceNames);
            if (valid.IsError)
            {
                errors.Add(Row(line, valid.Error));
                continue;
            }

            var d = valid.Value;
            if (d.SerialNumber.Length > 0 && !existing.Add(DeviceKey(d.TypeName, d.SerialNumber)))
            {
                errors.Add(Row(line, new DeviceDuplicate(d.TypeName, d.SerialNumber)));
                continue;
            }

            records.Add(new DeviceRecord
            {
                Id = Guid.NewGuid(), OrganizationId = scope.OrganizationId, TypeName = d.TypeName, Model = d.Model, SerialNumber = d.SerialNumber,
                Count = d.Count, OutOfOrderSince = d.OutOfOrderSince, CreatedAt = now, UpdatedAt = now,
            });
        }

        if (errors.Count > 0)
        {
            return new ImportRejected(errors);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Devices.AddRange(records);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var record in records)
        {
            await audit.AppendAsync(actor, "device.create", "device", record.Id.ToString(), null, AuditOutcome.Allowed, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return new ResourceImport(records.Count, table.Value.Count);
    }

    /// <summary>
    /// The staff on the organization's payroll today (not left) in the import format: one row per certificate, experience
    /// entry or course, the person's name and IIN on each. Conditions other than radiation permits are not in the format.
    /// Audited as a read of personal data.
    /// </summary>
    public async Task WriteSpecialistsAsync(AccessScope scope, Guid organizationId, AuditActor actor, TextWriter output, CancellationToken cancellationToken = default)
    {
        var staff = await resources.VisibleSpecialists(scope)
            .Where(s => s.OrganizationId == organizationId && s.LeftOn == null)
            .ToListAsync(cancellationToken);
        await audit.AppendAsync(actor, "specialist.export", "organization", organizationId.ToString(), null, AuditOutcome.Allowed, cancellationToken);
        await using var writer = Writer(output, SpecialistHeader);
        await writer.NextRecordAsync();
        foreach (var s in staff.OrderBy(s => s.FullName, StringComparer.Ordinal).ThenBy(s => s.Iin, StringComparer.Ordinal))
        {
            var permits = s.Conditions.Where(c => c.Kind == ConditionKind.RadiationPermit).ToList();
            var rows = Math.Max(1, new[] { s.Certificates.Count, s.Experience.Count, s.Education.Count, permits.Count }.Max());
            for (var i = 0; i < rows; i++)
            {
                var c = s.Certificates.ElementAtOrDefault(i);
                var e = s.Experience.ElementAtOrDefault(i);
                var ed = s.Education.ElementAtOrDefault(i);
                var p = permits.ElementAtOrDefault(i);
                await WriteRowAsync(writer,
                [
                    s.FullName, s.Iin, c?.Specialty, c?.Number, Date(c?.ValidFrom), Date(c?.ValidTo),
                    e?.Years.ToString(CultureInfo.InvariantCulture).Replace('.', ','), ScopeText(e?.Scope), e?.Where,
                    ed?.Hours.ToString(CultureInfo.InvariantCulture), ed?.Topic, Date(ed?.CompletedOn), Date(p?.ValidTo),
                ]);
            }
        }
    }

    /// <summary>The organization's devices that are not written off, in the import format.</summary>
    public async Task WriteDevicesAsync(AccessScope scope, Guid organizationId, TextWriter output, CancellationToken cancellationToken = default)
    {
        var devices = await resources.VisibleDevices(scope)
            .Where(d => d.OrganizationId == organizationId && d.RetiredOn == null)
            .ToListAsync(cancellationToken);
        await using var writer = Writer(output, DeviceHeader);
        await writer.NextRecordAsync();
        foreach (var d in devices.OrderBy(d => d.TypeName, StringComparer.Ordinal).ThenBy(d => d.SerialNumber, StringComparer.Ordinal))
        {
            await WriteRowAsync(writer, [d.TypeName, d.Model, d.SerialNumber, d.Count.ToString(CultureInfo.InvariantCulture), Date(d.OutOfOrderSince)]);
        }
    }

    /// <summary>The file's data rows (line number, fields trimmed), or the whole-file problem: size, encoding, header, CSV syntax, row count.</summary>
    private static async Task<Result<List<(int Line, string[] Fields)>>> ReadAsync(Stream csv, long length, string[] header, CancellationToken cancellationToken)
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

        var bytes = buffered.GetBuffer().AsSpan(0, (int)buffered.Length);
        if (bytes is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..])
        {
            return new InputInvalid("encoding", "UTF-16", "UTF-8 (in Excel: Save As «CSV UTF-8»)");
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes is [0xEF, 0xBB, 0xBF, ..] ? bytes[3..] : bytes);
        }
        catch (DecoderFallbackException)
        {
            return new InputInvalid("encoding", "not UTF-8", "UTF-8 (in Excel: Save As «CSV UTF-8»)");
        }

        var end = text.AsSpan().IndexOfAny('\r', '\n');
        var firstLine = end < 0 ? text : text[..end];
        var format = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            HasHeaderRecord = true,
            DetectColumnCountChanges = true,
            TrimOptions = TrimOptions.Trim,
            Delimiter = firstLine.Contains(';', StringComparison.Ordinal) ? ";" : ",",
        };
        var rows = new List<(int, string[])>();
        using var reader = new StringReader(text);
        using var parser = new CsvReader(reader, format);
        try
        {
            if (!await parser.ReadAsync() || !parser.ReadHeader()
                || !header.SequenceEqual(parser.HeaderRecord?.Select(h => h.Trim().ToLowerInvariant()) ?? []))
            {
                return new InputInvalid("header", firstLine.Length > 200 ? firstLine[..200] + "…" : firstLine, string.Join(';', header));
            }

            while (await parser.ReadAsync())
            {
                cancellationToken.ThrowIfCancellationRequested();
                var fields = Enumerable.Range(0, header.Length).Select(i => parser.GetField(i)?.Trim() ?? string.Empty).ToArray();
                if (fields.All(f => f.Length == 0))
                {
                    continue; // a spreadsheet's empty row
                }

                if (rows.Count == MaxRows)
                {
                    return new InputInvalid("rows", $"> {MaxRows}", string.Create(CultureInfo.InvariantCulture, $"at most {MaxRows} rows"));
                }

                rows.Add((parser.Parser.RawRow, fields));
            }
        }
        catch (CsvHelperException e)
        {
            var line = e.Context?.Parser?.RawRow ?? 0;
            return new InputInvalid("csv", string.Create(CultureInfo.InvariantCulture, $"line {line}"),
                string.Create(CultureInfo.InvariantCulture, $"{header.Length} columns separated by \"{format.Delimiter}\" on every row, quotes balanced"));
        }

        return rows;
    }

    /// <summary>The dates of a row as ISO text (DD.MM.YYYY turned into YYYY-MM-DD), or null after adding the row's error.</summary>
    private static string?[]? Dates(int line, List<ImportRowError> errors, params (string Column, string Text)[] dates)
    {
        var iso = new string?[dates.Length];
        for (var i = 0; i < dates.Length; i++)
        {
            var text = dates[i].Text;
            if (text.Length == 0)
            {
                continue;
            }

            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                || DateOnly.TryParseExact(text, DottedDates, CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            {
                iso[i] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            }
            else
            {
                errors.Add(new ImportRowError(line, new InputInvalid(dates[i].Column, text, DateExpected), dates[i].Column));
                return null;
            }
        }

        return iso;
    }

    /// <summary>A row's error, named by its CSV column: ResourceValidation's field names are the API's (certificates[0].validTo).</summary>
    private static ImportRowError Row(int line, Error error)
    {
        switch (error)
        {
            case InputInvalid invalid:
                var column = Columns.GetValueOrDefault(invalid.Field, invalid.Field);
                var expected = DateColumns.Contains(column) && invalid.Expected == "YYYY-MM-DD" ? DateExpected : invalid.Expected;
                return new ImportRowError(line, new InputInvalid(column, invalid.Value, expected), column);
            case DeviceTypeUnknown:
                return new ImportRowError(line, error, "type");
            case DeviceDuplicate:
                return new ImportRowError(line, error, "serial_number");
            default:
                // The IIN's own errors (identifier.*) and a specialist already on staff.
                return new ImportRowError(line, error, "iin");
        }
    }

    private static CsvWriter Writer(TextWriter output, string[] header)
    {
        var writer = new CsvWriter(output, new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = ExportDelimiter }, leaveOpen: true);
        foreach (var column in header)
        {
            writer.WriteField(column);
        }

        return writer;
    }

    private static async Task WriteRowAsync(CsvWriter writer, string?[] fields)
    {
        foreach (var field in fields)
        {
            // Spreadsheets run a cell starting with = + - @ as a formula (CSV injection): quote it as text.
            var value = field ?? string.Empty;
            writer.WriteField(value.Length > 0 && "=+-@".Contains(value[0], StringComparison.Ordinal) ? "'" + value : value);
        }

        await writer.NextRecordAsync();
    }

    private static bool Any(params string[] fields) => fields.Any(f => f.Length > 0);

    private static bool TryNumber(string text, out decimal? value)
    {
        value = null;
        if (text.Length == 0)
        {
            return true;
        }

        var parsed = decimal.TryParse(text.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number);
        value = parsed ? number : null;
        return parsed;
    }

    private static bool TryInteger(string text, out int? value)
    {
        value = null;
        if (text.Length == 0)
        {
            return true;
        }

        var parsed = int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number);
        value = parsed ? number : null;
        return parsed;
    }

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? ScopeText(ExperienceScope? scope) => scope?.ToString().ToLowerInvariant();

    private static string Fold(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string DeviceKey(string type, string serial) => type.ToUpperInvariant() + "\n" + serial.ToUpperInvariant();

    /// <summary>The rows of one IIN: the first gives the name; each adds what it carries.</summary>
    private sealed class Person(int line, string fullName, SpecialistInput first)
    {
        private readonly List<CertificateInput> _certificates = [.. first.Certificates ?? []];
        private readonly List<ExperienceInput> _experience = [.. first.Experience ?? []];
        private readonly List<EducationInput> _education = [.. first.Education ?? []];
        private readonly List<ConditionInput> _conditions = [.. first.Conditions ?? []];

        public int Line { get; } = line;

        public string FullName { get; } = fullName;

        public string Iin { get; } = first.Iin!;

        public void Add(SpecialistInput row)
        {
            _certificates.AddRange(row.Certificates ?? []);
            _experience.AddRange(row.Experience ?? []);
            _education.AddRange(row.Education ?? []);
            _conditions.AddRange(row.Conditions ?? []);
        }

        public SpecialistInput ToInput() => new(FullName, Iin, _certificates, _experience, _education, _conditions);
    }
}
