using Joldama.Application.Shared;
using Joldama.Domain.Referrals;
using Joldama.Domain.Referrals.FollowUp;
using Joldama.Domain.Shared;
using Microsoft.Extensions.Localization;

namespace Joldama.Web.Pages.Referrals;

/// <summary>A §42 follow-up entry as the case page's form posts it (the names of the API's body).</summary>
public sealed class FollowUpForm
{
    /// <summary>Where the case page shows this form's refusal.</summary>
    public const string At = "follow-up";

    public string? Kind { get; set; }

    public string? On { get; set; }

    public string? Note { get; set; }

    /// <summary>The states whose case page shows the follow-up (§41 discharge onwards).</summary>
    public static bool Shown(ReferralState state) => state is ReferralState.Discharged or ReferralState.FollowUp or ReferralState.Closed;

    /// <summary>The states in which entries may still be added (after closing, the record is final).</summary>
    public static bool Open(ReferralState state) => state is ReferralState.Discharged or ReferralState.FollowUp;

    public static IReadOnlyList<FollowUpKind> Kinds { get; } = Enum.GetValues<FollowUpKind>();

    /// <summary>A kind the form did not name is the domain's «kind required», not the package's «choose a document».</summary>
    public static Error Refusal(Error error) => error is InputInvalid { Field: "kind" } ? new FollowUpKindRequired() : error;

    /// <summary>Which input of the form a follow-up error concerns.</summary>
    public static string? FieldOf(Error error) => error switch
    {
        FollowUpKindRequired or FollowUpSecondDeath or FollowUpSecondOneYear or FollowUpAliveAfterDeath => "kind",
        FollowUpBeforeDischarge or FollowUpInFuture or FollowUpOneYearNotReached or FollowUpAfterDeath => "on",
        _ => null,
    };
}

/// <summary>The names of the §42 kinds in the page's language.</summary>
public static class FollowUpText
{
    public static string KindName(this IStringLocalizer text, FollowUpKind kind) => text[$"referrals.followUp.kind.{kind}"];

    /// <summary>A stored kind (kebab-case) by its name; the stored text itself if unknown.</summary>
    public static string KindName(this IStringLocalizer text, string stored) =>
        InputEnums.Parse<FollowUpKind>(stored, "kind") is { IsError: false } kind ? text.KindName(kind.Value) : stored;
}
