using Joldama.Application.Referrals.Workflow;

namespace Joldama.Web.Pages.Referrals;

/// <summary>One workflow step as the case page's forms post it (names as <see cref="ReferralStepInput"/>).</summary>
public sealed class StepForm
{
    public string? Trigger { get; set; }

    public string? Comment { get; set; }

    public string? CoSigner { get; set; }

    public string? ProtocolNumber { get; set; }

    public string? Ground { get; set; }

    public string? HospitalizationDate { get; set; }

    public bool CarerPlaceProvided { get; set; }

    public string? Channel { get; set; }

    public string? DischargeSummary { get; set; }

    public string? FollowUpPlan { get; set; }

    public string? CancellationReason { get; set; }

    public ReferralStepInput ToInput() => new(
        Trigger, Comment, CoSigner, ProtocolNumber, Ground, null, HospitalizationDate, CarerPlaceProvided, Channel, DischargeSummary, FollowUpPlan, CancellationReason);
}
