using System.Globalization;
using Joldama.Application.Law;
using Joldama.Application.Shared;
using Joldama.Data.Referrals;
using Joldama.Domain.Referrals;
using Joldama.Domain.Shared;

namespace Joldama.Application.Referrals.Workflow;

/// <summary>
/// What a transition writes: onto the case (the values it carried, the new state and its running deadline) and as its
/// transition row. One place, used by the step service and by the data generator, so generated histories are the ones
/// the workflow would have written.
/// </summary>
internal static class ReferralCaseChanges
{
    /// <summary>Writes what the transition carried onto the case and starts the deadline of the new state (§35.1, §38, §39).</summary>
    public static void Record(ReferralCaseRecord record, TransitionRecord moved, LawLibrary law)
    {
        var step = moved.Step;
        record.State = moved.To;
        record.StateSince = moved.At;
        record.EscalatedAt = null;
        record.Version++;
        switch (moved.Trigger)
        {
            case ReferralTrigger.Approve or ReferralTrigger.Reject:
                record.ProtocolNumber = step.ProtocolNumber;
                record.RejectionGround = step.Ground;
                record.DecisionComment = step.Comment;
                break;
            case ReferralTrigger.Register:
                record.ReferralNumber = step.ReferralNumber;
                break;
            case ReferralTrigger.Accept:
                record.HospitalizationDate = step.HospitalizationDate;
                record.CarerPlaceProvided = step.CarerPlaceProvided;
                break;
            case ReferralTrigger.Inform:
                record.InformChannel = step.Channel;
                record.InformedAt = moved.At;
                break;
            case ReferralTrigger.Admit:
                record.AdmittedAt = moved.At;
                break;
            case ReferralTrigger.Discharge:
                record.DischargedOn = KazakhstanTime.ToKazakhstanDate(moved.At);
                record.DischargeSummary = step.DischargeSummary;
                record.FollowUpPlan = step.FollowUpPlan;
                break;
            case ReferralTrigger.Cancel:
                record.CancellationReason = step.CancellationReason;
                break;
        }

        record.Deadline = ReferralDeadlines.RunningIn(moved.To);
        record.DueOn = null;
        if (record.Deadline is { } deadline)
        {
            // A year without a loaded calendar leaves the due date open (shown as unknown) rather than guessing it.
            var due = ReferralDeadlines.Due(law.Calendar, law.Referrals, deadline, moved.At);
            record.DueOn = due.IsError ? null : due.Value;
        }
    }

    /// <summary>The transition row keeps the values its table row requires (the ones the step was judged on), nothing else.</summary>
    public static ReferralTransitionRecord TransitionRow(Guid caseId, TransitionRecord moved, Guid? userId, string login, Guid? organizationId)
    {
        var step = moved.Step;
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var requirement in ReferralWorkflow.Find(moved.From, moved.Trigger)!.Requires)
        {
            var (key, value) = requirement switch
            {
                StepRequirement.CoSigner => ("coSigner", step.CoSigner),
                StepRequirement.ProtocolNumber => ("protocolNumber", step.ProtocolNumber),
                StepRequirement.Ground => ("ground", step.Ground is { } g ? InputEnums.Kebab(g) : null),
                StepRequirement.ReferralNumber => ("referralNumber", step.ReferralNumber),
                StepRequirement.HospitalizationDate or StepRequirement.DateReached =>
                    ("hospitalizationDate", step.HospitalizationDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                StepRequirement.CarerPlaceIfNeeded => ("carerPlaceProvided", step.PatientNeedsCarer ? (step.CarerPlaceProvided ? "true" : "false") : null),
                StepRequirement.Channel => ("channel", step.Channel is { } c ? InputEnums.Kebab(c) : null),
                StepRequirement.CancellationReason => ("cancellationReason", step.CancellationReason is { } r ? InputEnums.Kebab(r) : null),
                _ => (string.Empty, null), // the comment, summary and plan are kept on the transition and the case themselves
            };
            if (value is not null)
            {
                values[key] = value;
            }
        }

        return new ReferralTransitionRecord
        {
            Id = Guid.NewGuid(), CaseId = caseId, From = moved.From, To = moved.To, Trigger = moved.Trigger, ActorKind = moved.By.Kind,
            ActorUserId = userId, ActorLogin = login, ActorOrganizationId = organizationId, At = moved.At, Comment = moved.Why, Values = values,
        };
    }
}
