using System.Globalization;
using System.Text.RegularExpressions;
using Joldama.Application.Localization;
using Joldama.Application.Shared;
using Joldama.Domain.Access;
using Joldama.Domain.Organizations;
using Joldama.Domain.Shared;
using Joldama.Web.Localization;
using Microsoft.Extensions.Localization;

namespace Joldama.Web.Pages.Shared;

/// <summary>
/// What the administration pages say in the user's language: names of roles, organization kinds,
/// levels and regions, and errors as a form shows them (next to the field they concern, without
/// the English field names and enum lists the API's problem documents carry).
/// </summary>
public static partial class PageTexts
{
    public static string RoleName(this IStringLocalizer text, Role role) => text[$"role.{role}"];

    public static string KindName(this IStringLocalizer text, OrganizationKind kind) => text[$"orgkind.{kind}"];

    public static string LevelName(this IStringLocalizer text, OrganizationLevel level) => text[$"orglevel.{level}"];

    public static string RegionName(Region? region, string code) =>
        region is null ? code : region.Name.In(Languages.Current);

    /// <summary>The lines of a role's "what you do" list (keys <c>duty.{Role}.1</c>, <c>.2</c>, … up to the first missing one).</summary>
    public static IReadOnlyList<string> Duties(this IStringLocalizer text, Role role)
    {
        var lines = new List<string>();
        for (var i = 1; i <= 9; i++)
        {
            var line = text[string.Create(CultureInfo.InvariantCulture, $"duty.{role}.{i}")];
            if (line.ResourceNotFound)
            {
                break;
            }

            lines.Add(line.Value);
        }

        return lines;
    }

    /// <summary>
    /// An error of the organization or user forms: a field-specific text (<c>{prefix}.invalid.{field}</c>)
    /// when the form has one, the role and kind by their names, else the error's own text.
    /// </summary>
    public static string DescribeForForm(this IStringLocalizer text, Error error, string prefix)
    {
        ArgumentNullException.ThrowIfNull(error);
        switch (error)
        {
            case InputInvalid invalid when text[$"{prefix}.invalid.{invalid.Field}"] is { ResourceNotFound: false } specific:
                return specific.Value;
            case Application.Organizations.RegionUnknown { Code.Length: 0 }:
                return text["orgs.invalid.region"];
            case Application.Organizations.OrganizationNotFound when prefix == "users":
                return text["users.invalid.organization"];
            case Application.Access.RoleNotForOrganization mismatch
                when Enum.TryParse<Role>(mismatch.Role, out var role) && Enum.TryParse<OrganizationKind>(mismatch.Kind, out var kind):
                return text.Describe("users.roleNotForOrganization",
                    new Dictionary<string, string> { ["role"] = text.RoleName(role), ["kind"] = text.KindName(kind) }, error.Message);
            default:
                return text.Describe(error);
        }
    }

    /// <summary>
    /// Which input of the form an error concerns, to mark it (null when none in particular);
    /// <paramref name="identifierField"/> is the form's IIN or BIN input.
    /// </summary>
    public static string? FieldOf(Error error, string identifierField) => error switch
    {
        InputInvalid invalid => invalid.Field,
        Application.Organizations.RegionUnknown => "region",
        Application.Organizations.OrganizationDuplicate => "bin",
        Application.Organizations.OrganizationNotFound => "organizationId",
        Application.Access.RoleNotForOrganization => "role",
        Application.Access.PasswordWeak => "password",
        Application.Access.LoginTaken => "login",
        _ when error.Code.StartsWith("identifier.", StringComparison.Ordinal) || error.Code.StartsWith("bin.", StringComparison.Ordinal) => identifierField,
        _ => null,
    };

    /// <summary>
    /// An import file's whole-file error: the header, the CSV syntax or the row limit in the user's
    /// language (the service's <see cref="InputInvalid"/> carries them in English for the API).
    /// </summary>
    public static string DescribeImport(this IStringLocalizer text, Error error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error switch
        {
            InputInvalid { Field: "header" } invalid => text.Describe("import.invalid.header",
                new Dictionary<string, string> { ["expected"] = invalid.Expected }, error.Message),
            InputInvalid { Field: "csv" } invalid => text.Describe("import.invalid.csv",
                new Dictionary<string, string> { ["line"] = Digits().Match(invalid.Value).Value }, error.Message),
            InputInvalid { Field: "rows" } => text.Describe("import.invalid.rows",
                new Dictionary<string, string> { ["max"] = Application.Organizations.OrganizationCsv.MaxRows.ToString(CultureInfo.InvariantCulture) }, error.Message),
            _ => text.Describe(error),
        };
    }

    /// <summary>A row's error in an import file: CSV column names (name_kk), not the form's (nameKk).</summary>
    public static string DescribeImportRow(this IStringLocalizer text, Error error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (error is InputInvalid invalid)
        {
            var column = invalid.Field switch { "nameKk" => "name_kk", "nameRu" => "name_ru", _ => invalid.Field };
            return text.Describe("error." + error.Code,
                new Dictionary<string, string> { ["field"] = column, ["value"] = invalid.Value, ["expected"] = invalid.Expected }, error.Message);
        }

        return text.Describe(error);
    }

    [GeneratedRegex(@"\d+", RegexOptions.None, 1000)]
    private static partial Regex Digits();
}
