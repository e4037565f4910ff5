namespace Joldama.Application.Referrals.Workflow;

/// <summary>
/// One step of the workflow as a request carries it (kebab-case names, ISO dates). Only the values the step's transition
/// requires are read (see the table in Domain/Referrals/README.md).
/// </summary>
public sealed record ReferralStepInput(
    string? Trigger,
    string? Comment = null,
    string? CoSigner = null,
    string? ProtocolNumber = null,
    string? Ground = null,
    string? ReferralNumber = null,
    string? HospitalizationDate = null,
    bool CarerPlaceProvided = false,
    string? Channel = null,
    string? DischargeSummary = null,
    string? FollowUpPlan = null,
    string? CancellationReason = null);
