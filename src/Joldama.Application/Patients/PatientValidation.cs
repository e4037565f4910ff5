using System.Globalization;
using System.Net.Mail;
using Joldama.Application.Shared;
using Joldama.Domain.Identifiers;
using Joldama.Domain.Patients;
using Joldama.Domain.Shared;

namespace Joldama.Application.Patients;

/// <summary>A patient as entered, checked: the IIN (check digit; birth date and sex come from it), names, contacts, insurance, §19 flags.</summary>
public sealed record ValidPatient(
    Iin Iin, string LastName, string FirstName, string? MiddleName, string? Phone, string? Email, string Language,
    InsuranceStatus Insurance, DateOnly? InsuranceCheckedOn, IReadOnlyList<VulnerableGroup> Groups);

public static class PatientValidation
{
    private const int NameLength = 100;

    public static Result<ValidPatient> Check(PatientInput? input, DateOnly today)
    {
        if (input is null)
        {
            return new InputInvalid("patient", string.Empty, "a patient");
        }

        var iin = Iin.Parse(input.Iin);
        if (iin.IsError)
        {
            return iin.Error;
        }

        if (Name(input.LastName, "lastName") is { } lastNameError)
        {
            return lastNameError;
        }

        if (Name(input.FirstName, "firstName") is { } firstNameError)
        {
            return firstNameError;
        }

        var middle = string.IsNullOrWhiteSpace(input.MiddleName) ? null : input.MiddleName.Trim();
        if (middle is { Length: > NameLength })
        {
            return new InputInvalid("middleName", middle[..20] + "…", "at most 100 characters");
        }

        var phone = Phone(input.Phone);
        if (phone.IsError)
        {
            return phone.Error;
        }

        var email = string.IsNullOrWhiteSpace(input.Email) ? null : input.Email.Trim();
        if (email is not null && (email.Length > 254 || !MailAddress.TryCreate(email, out var parsed) || parsed.Address != email))
        {
            return new EmailInvalid(email);
        }

        var language = string.IsNullOrWhiteSpace(input.Language) ? "kk" : input.Language.Trim().ToLowerInvariant();
        if (language is not ("kk" or "ru"))
        {
            return new InputInvalid("language", language, "kk|ru");
        }

        var insurance = InsuranceStatus.Unknown;
        if (!string.IsNullOrWhiteSpace(input.InsuranceStatus)
            && (!Enum.TryParse(input.InsuranceStatus.Trim(), ignoreCase: true, out insurance) || !Enum.IsDefined(insurance) || int.TryParse(input.InsuranceStatus, out _)))
        {
            return new InputInvalid("insuranceStatus", input.InsuranceStatus, "insured|uninsured|unknown");
        }

        DateOnly? checkedOn = null;
        if (!string.IsNullOrWhiteSpace(input.InsuranceCheckedOn))
        {
            var day = InputDates.Parse(input.InsuranceCheckedOn, "insuranceCheckedOn");
            if (day.IsError)
            {
                return day.Error;
            }

            if (day.Value > today)
            {
                return new InputInvalid("insuranceCheckedOn", day.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "a date not after today");
            }

            checkedOn = day.Value;
        }
        else if (insurance != InsuranceStatus.Unknown)
        {
            checkedOn = today;
        }

        var groups = new List<VulnerableGroup>();
        foreach (var text in input.VulnerableGroups ?? [])
        {
            if (!Enum.TryParse<VulnerableGroup>(text?.Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true, out var group)
                || !Enum.IsDefined(group) || int.TryParse(text, out _))
            {
                return new InputInvalid("vulnerableGroups", text ?? string.Empty, string.Join('|', Enum.GetNames<VulnerableGroup>()));
            }

            groups.Add(group);
        }

        // §19: a child under 18 is in the first group whatever was ticked.
        if (iin.Value.BirthDate is { } born && today < born.AddYears(18) && !groups.Contains(VulnerableGroup.ChildUnder18))
        {
            groups.Add(VulnerableGroup.ChildUnder18);
        }

        return new ValidPatient(iin.Value, input.LastName!.Trim(), input.FirstName!.Trim(), middle, phone.Value, email, language,
            insurance, checkedOn, [.. groups.Distinct().Order()]);
    }

    /// <summary>A Kazakhstan mobile number as E.164: "+7 701 123 45 67", "87011234567" and "77011234567" all become "+77011234567".</summary>
    public static Result<string?> Phone(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Result<string?>.Success(null);
        }

        var digits = new string([.. text.Where(char.IsAsciiDigit)]);
        var rest = text.Where(c => !char.IsAsciiDigit(c)).All(c => c is ' ' or '-' or '(' or ')' or '+');
        if (rest && digits.Length == 11 && digits[0] is '7' or '8' && digits[1] == '7')
        {
            return Result<string?>.Success("+7" + digits[1..]);
        }

        return new PhoneInvalid(text.Trim().Length > 30 ? text.Trim()[..30] + "…" : text.Trim());
    }

    private static InputInvalid? Name(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new InputInvalid(field, string.Empty, "a name");
        }

        var trimmed = text.Trim();
        if (trimmed.Length > NameLength || trimmed.Any(c => char.IsControl(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Format))
        {
            return new InputInvalid(field, trimmed.Length > 20 ? trimmed[..20] + "…" : trimmed, "at most 100 letters, no control characters");
        }

        return null;
    }
}
