using System.Globalization;
using Joldama.Application.Shared;
using Joldama.Domain.Catalog;
using Joldama.Domain.Conformity;
using Joldama.Domain.Identifiers;
using Joldama.Domain.Shared;

namespace Joldama.Application.Conformity.Resources;

/// <summary>Turns resource inputs into domain values, or the first problem found (a form shows one field at a time).</summary>
public static class ResourceValidation
{
    public const int MaxText = 400;

    public sealed record ValidSpecialist(
        string FullName,
        string Iin,
        List<SpecialtyCertificate> Certificates,
        List<ExperienceEntry> Experience,
        List<EducationRecord> Education,
        List<HeldCondition> Conditions);

    public static Result<ValidSpecialist> Specialist(SpecialistInput? input)
    {
        if (input is null)
        {
            return new InputInvalid("body", string.Empty, "a specialist");
        }

        if (Text(input.FullName, "fullName", 200) is { IsError: true } name)
        {
            return name.Error;
        }

        var iin = Iin.Parse(input.Iin is null ? null : Iin.Normalize(input.Iin));
        if (iin.IsError)
        {
            return iin.Error;
        }

        var certificates = new List<SpecialtyCertificate>();
        foreach (var (c, i) in (input.Certificates ?? []).Select((c, i) => (c, i)))
        {
            var field = $"certificates[{i}]";
            if (Text(c.Specialty, field + ".specialty", MaxText) is { IsError: true } s)
            {
                return s.Error;
            }

            if (Text(c.Number, field + ".number", 100) is { IsError: true } n)
            {
                return n.Error;
            }

            var period = Period(c.ValidFrom, c.ValidTo, field);
            if (period.IsError)
            {
                return period.Error;
            }

            certificates.Add(new SpecialtyCertificate(c.Specialty!.Trim(), c.Number!.Trim(), period.Value.From!.Value, period.Value.To!.Value));
        }

        var experience = new List<ExperienceEntry>();
        foreach (var (e, i) in (input.Experience ?? []).Select((e, i) => (e, i)))
        {
            var field = $"experience[{i}]";
            if (e.Years is not { } years || years < 0 || years > 70)
            {
                return new InputInvalid(field + ".years", Invariant(e.Years), "0..70");
            }

            if (!TryEnum<ExperienceScope>(e.Scope, out var scope))
            {
                return new InputInvalid(field + ".scope", e.Scope ?? string.Empty, "specialty|department|field|overall");
            }

            if (e.Where is { Length: > MaxText })
            {
                return new InputInvalid(field + ".where", e.Where[..40] + "…", $"at most {MaxText} characters");
            }

            experience.Add(new ExperienceEntry(years, scope, string.IsNullOrWhiteSpace(e.Where) ? null : e.Where.Trim()));
        }

        var education = new List<EducationRecord>();
        foreach (var (e, i) in (input.Education ?? []).Select((e, i) => (e, i)))
        {
            var field = $"education[{i}]";
            if (e.Hours is not { } hours || hours <= 0 || hours > 5000)
            {
                return new InputInvalid(field + ".hours", Invariant(e.Hours), "1..5000");
            }

            if (Text(e.Topic, field + ".topic", MaxText) is { IsError: true } t)
            {
                return t.Error;
            }

            var on = InputDates.Parse(e.CompletedOn, field + ".completedOn");
            if (on.IsError)
            {
                return on.Error;
            }

            education.Add(new EducationRecord(hours, e.Topic!.Trim(), on.Value));
        }

        var conditions = new List<HeldCondition>();
        foreach (var (c, i) in (input.Conditions ?? []).Select((c, i) => (c, i)))
        {
            var field = $"conditions[{i}]";
            if (!TryEnum<ConditionKind>(c.Kind?.Replace("-", string.Empty, StringComparison.Ordinal), out var kind))
            {
                return new InputInvalid(field + ".kind", c.Kind ?? string.Empty, "radiation-permit|training|other");
            }

            if (Text(c.Text, field + ".text", MaxText) is { IsError: true } t)
            {
                return t.Error;
            }

            var period = Period(c.ValidFrom, c.ValidTo, field, optional: true);
            if (period.IsError)
            {
                return period.Error;
            }

            conditions.Add(new HeldCondition(kind, c.Text!.Trim(), period.Value.From, period.Value.To));
        }

        return new ValidSpecialist(input.FullName!.Trim(), iin.Value.Value, certificates, experience, education, conditions);
    }

    public sealed record ValidDevice(string TypeName, string Model, string SerialNumber, int Count, DateOnly? OutOfOrderSince);

    /// <summary>The type must be a device name of Appendix 2 (kk or ru), returned as the catalog writes it.</summary>
    public static Result<ValidDevice> Device(DeviceInput? input, IReadOnlyCollection<BilingualText> vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        if (input is null)
        {
            return new InputInvalid("body", string.Empty, "a device");
        }

        if (Text(input.TypeName, "typeName", MaxText) is { IsError: true } t)
        {
            return t.Error;
        }

        var type = DeviceVocabulary.Find(vocabulary, input.TypeName!);
        if (type is null)
        {
            return new DeviceTypeUnknown(input.TypeName!.Trim());
        }

        if (input.Count is not { } count || count <= 0 || count > 10_000)
        {
            return new InputInvalid("count", Invariant(input.Count), "1..10000");
        }

        if (input.Model is { Length: > 200 } || input.SerialNumber is { Length: > 100 })
        {
            return new InputInvalid(input.Model is { Length: > 200 } ? "model" : "serialNumber", "…", "at most 200 / 100 characters");
        }

        DateOnly? since = null;
        if (!string.IsNullOrWhiteSpace(input.OutOfOrderSince))
        {
            var parsed = InputDates.Parse(input.OutOfOrderSince, "outOfOrderSince");
            if (parsed.IsError)
            {
                return parsed.Error;
            }

            since = parsed.Value;
        }

        return new ValidDevice(type, input.Model?.Trim() ?? string.Empty, input.SerialNumber?.Trim() ?? string.Empty, count, since);
    }

    private static Result<(DateOnly? From, DateOnly? To)> Period(string? from, string? to, string field, bool optional = false)
    {
        DateOnly? Parse(string? text, string name, out Error? error)
        {
            error = null;
            if (optional && string.IsNullOrWhiteSpace(text))
            {
                return null;
            }

            var result = InputDates.Parse(text, $"{field}.{name}");
            error = result.Error;
            return result.IsError ? null : result.Value;
        }

        var start = Parse(from, "validFrom", out var e1);
        if (e1 is not null)
        {
            return e1;
        }

        var end = Parse(to, "validTo", out var e2);
        if (e2 is not null)
        {
            return e2;
        }

        if (start is { } s && end is { } e && e < s)
        {
            return new InputInvalid($"{field}.validTo", to ?? string.Empty, "a date not before validFrom");
        }

        return (start, end);
    }

    private static Result<string> Text(string? value, string field, int max) =>
        string.IsNullOrWhiteSpace(value) || value.Length > max
            ? new InputInvalid(field, value?.Length > 40 ? value[..40] + "…" : value ?? string.Empty, string.Create(CultureInfo.InvariantCulture, $"1..{max} characters"))
            : value.Trim();

    private static bool TryEnum<T>(string? text, out T value)
        where T : struct, Enum =>
        Enum.TryParse(text, ignoreCase: true, out value) && Enum.IsDefined(value) && !int.TryParse(text, out _);

    private static string Invariant<T>(T? value)
        where T : struct, IFormattable => value?.ToString(null, CultureInfo.InvariantCulture) ?? string.Empty;
}
