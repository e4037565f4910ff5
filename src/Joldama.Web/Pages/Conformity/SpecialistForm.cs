using System.Globalization;
using System.Text.RegularExpressions;
using Joldama.Application.Conformity.Resources;
using Joldama.Application.Shared;
using Joldama.Data.Conformity;
using Joldama.Domain.Catalog;
using Joldama.Domain.Shared;

namespace Joldama.Web.Pages.Conformity;

/// <summary>
/// A specialist as the form shows it: certificates, experience, education and other conditions as repeatable rows.
/// The form always offers blank rows to add one more of each; rows left blank are not sent to the service, and an
/// error about the n-th sent row is shown on the row of the form it came from.
/// </summary>
public sealed partial class SpecialistForm
{
    /// <summary>Blank rows offered below the filled ones.</summary>
    public const int BlankRows = 1;

    public string? FullName { get; set; }

    public string? Iin { get; set; }

    public int Version { get; set; }

    public List<CertificateRow> Certificates { get; set; } = [];

    public List<ExperienceRow> Experience { get; set; } = [];

    public List<EducationRow> Education { get; set; } = [];

    public List<ConditionRow> Conditions { get; set; } = [];

    public static SpecialistForm From(SpecialistRecord specialist)
    {
        ArgumentNullException.ThrowIfNull(specialist);
        return new SpecialistForm
        {
            FullName = specialist.FullName,
            Iin = specialist.Iin,
            Version = specialist.Version,
            Certificates = [.. specialist.Certificates.Select(c => new CertificateRow { Specialty = c.Specialty, Number = c.Number, ValidFrom = Iso(c.ValidFrom), ValidTo = Iso(c.ValidTo) })],
            Experience = [.. specialist.Experience.Select(e => new ExperienceRow { Years = e.Years.ToString(CultureInfo.InvariantCulture), Scope = e.Scope.ToString(), Where = e.Where })],
            Education = [.. specialist.Education.Select(e => new EducationRow { Hours = e.Hours.ToString(CultureInfo.InvariantCulture), Topic = e.Topic, CompletedOn = Iso(e.CompletedOn) })],
            Conditions = [.. specialist.Conditions.Select(c => new ConditionRow { Kind = c.Kind.ToString(), Text = c.Text, ValidFrom = Iso(c.ValidFrom), ValidTo = Iso(c.ValidTo) })],
        };
    }

    /// <summary>Drops blank rows, then adds <see cref="BlankRows"/> blank rows to each list: the form as a GET shows it.</summary>
    public SpecialistForm WithBlankRows()
    {
        Certificates = [.. Certificates.Where(r => !r.IsBlank), .. Enumerable.Range(0, BlankRows).Select(_ => new CertificateRow())];
        Experience = [.. Experience.Where(r => !r.IsBlank), .. Enumerable.Range(0, BlankRows).Select(_ => new ExperienceRow())];
        Education = [.. Education.Where(r => !r.IsBlank), .. Enumerable.Range(0, BlankRows).Select(_ => new EducationRow())];
        Conditions = [.. Conditions.Where(r => !r.IsBlank), .. Enumerable.Range(0, BlankRows).Select(_ => new ConditionRow())];
        return this;
    }

    /// <summary>What the service validates: the rows that are not blank.</summary>
    public SpecialistInput ToInput() => new(
        FullName,
        Iin,
        [.. Certificates.Where(r => !r.IsBlank).Select(r => new CertificateInput(r.Specialty, r.Number, r.ValidFrom, r.ValidTo))],
        [.. Experience.Where(r => !r.IsBlank).Select(r => new ExperienceInput(Decimal(r.Years), r.Scope, r.Where))],
        [.. Education.Where(r => !r.IsBlank).Select(r => new EducationInput(Integer(r.Hours), r.Topic, r.CompletedOn))],
        [.. Conditions.Where(r => !r.IsBlank).Select(r => new ConditionInput(r.Kind, r.Text, r.ValidFrom, r.ValidTo))]);

    /// <summary>
    /// The error as the form shows it: an <see cref="InputInvalid"/> about the n-th sent row ("certificates[1].validTo")
    /// is about the row of the form it came from, counting the blank rows that were not sent.
    /// </summary>
    public Error OnForm(Error error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (error is not InputInvalid invalid || RowField().Match(invalid.Field) is not { Success: true } match)
        {
            return error;
        }

        var sent = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        IEnumerable<bool> blanks = match.Groups[1].Value switch
        {
            "certificates" => Certificates.Select(r => r.IsBlank),
            "experience" => Experience.Select(r => r.IsBlank),
            "education" => Education.Select(r => r.IsBlank),
            _ => Conditions.Select(r => r.IsBlank),
        };
        var row = blanks.Select((blank, index) => (blank, index)).Where(r => !r.blank).Select(r => r.index).ElementAtOrDefault(sent);
        return invalid with { Field = string.Create(CultureInfo.InvariantCulture, $"{match.Groups[1].Value}[{row}]{match.Groups[3].Value}") };
    }

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static decimal? Decimal(string? text) =>
        decimal.TryParse(text?.Trim().Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static int? Integer(string? text) =>
        int.TryParse(text?.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    [GeneratedRegex(@"^(certificates|experience|education|conditions)\[(\d+)\](.*)$", RegexOptions.None, 1000)]
    private static partial Regex RowField();
}

public sealed class CertificateRow
{
    public string? Specialty { get; set; }

    public string? Number { get; set; }

    public string? ValidFrom { get; set; }

    public string? ValidTo { get; set; }

    public bool IsBlank => Blank(Specialty, Number, ValidFrom, ValidTo);

    internal static bool Blank(params string?[] values) => values.All(string.IsNullOrWhiteSpace);
}

public sealed class ExperienceRow
{
    public string? Years { get; set; }

    public string? Scope { get; set; } = nameof(ExperienceScope.Specialty);

    public string? Where { get; set; }

    /// <summary>The scope alone (a select always has one) does not make a row.</summary>
    public bool IsBlank => CertificateRow.Blank(Years, Where);
}

public sealed class EducationRow
{
    public string? Hours { get; set; }

    public string? Topic { get; set; }

    public string? CompletedOn { get; set; }

    public bool IsBlank => CertificateRow.Blank(Hours, Topic, CompletedOn);
}

public sealed class ConditionRow
{
    public string? Kind { get; set; } = nameof(ConditionKind.RadiationPermit);

    public string? Text { get; set; }

    public string? ValidFrom { get; set; }

    public string? ValidTo { get; set; }

    public bool IsBlank => CertificateRow.Blank(Text, ValidFrom, ValidTo);
}
