using Joldama.Domain.Access;
using Microsoft.Extensions.Localization;

namespace Joldama.Web.Pages.Audit;

/// <summary>The audit log's codes in words: the actor's role and the action.</summary>
public static class AuditTexts
{
    /// <summary>The actions Joldama records so far, each with an <c>auditaction.{action}</c> text.</summary>
    public static readonly string[] KnownActions =
    [
        "auth.signin", "auth.signin.locked", "auth.signin.lockout", "auth.code.request", "auth.code.verify",
        "patient.read", "user.create", "organization.create", "organization.import", "audit.search",
    ];

    public static string RoleName(IStringLocalizer text, string role)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Enum.TryParse<Role>(role, out var known) && Enum.IsDefined(known)
            ? text[$"role.{known}"]
            : text[$"audit.actor.{role}"] is { ResourceNotFound: false } special ? special.Value : role;
    }

    public static string? ActionName(IStringLocalizer text, string action)
    {
        ArgumentNullException.ThrowIfNull(text);
        var name = text[$"auditaction.{action}"];
        return name.ResourceNotFound ? null : name.Value;
    }
}
