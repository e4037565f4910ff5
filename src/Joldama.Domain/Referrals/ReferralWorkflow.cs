using Joldama.Domain.Shared;
using static Joldama.Domain.Referrals.ActorKind;
using static Joldama.Domain.Referrals.ReferralState;
using static Joldama.Domain.Referrals.ReferralTrigger;
using static Joldama.Domain.Referrals.StepRequirement;

namespace Joldama.Domain.Referrals;

/// <summary>
/// The referral's state machine (seed 001 §31–42) as one table: a transition not in <see cref="Transitions"/> does
/// not exist. <see cref="Apply"/> checks the row, the actor and the row's requirements, and returns the record.
/// </summary>
public static class ReferralWorkflow
{
    /// <summary>Every allowed transition; README.md explains each row.</summary>
    public static IReadOnlyList<ReferralTransition> Transitions { get; } =
    [
        // §31, §33: the attachment clinic sends the package (§34) to the commission.
        Row(Draft, Submit, SentToCommission, [AttachmentClinic], [], "§31, §33–34"),

        // §40 ¶1: the patient is in hospital; the treating doctor with the head of department or deputy chief
        // physician e-mails a scanned extract of the in-patient record.
        Row(Draft, SubmitInpatient, SentToCommission, [InpatientFacility], [CoSigner], "§40 ¶1"),

        // §35: review in absentia, decision as a protocol; §40 ¶3–4: a refusal has a ground and goes into the journal.
        Row(SentToCommission, Approve, Approved, [Commission], [ProtocolNumber], "§35"),
        Row(SentToCommission, Reject, Rejected, [Commission], [ProtocolNumber, Ground, Comment], "§35, §40 ¶3–4"),

        // §36, §40 ¶2: the commission registers the referral on the portal.
        Row(Approved, Register, Registered, [Commission], [ReferralNumber], "§36, §40 ¶2"),

        // §38: the provider reviews and sets the date; Ch. 2 §11–12: a place for the carer.
        Row(Registered, Accept, AcceptedByProvider, [Provider], [HospitalizationDate, CarerPlaceIfNeeded], "§38; Ch. 2 §11–12"),

        // §39: the attachment clinic tells the patient the date.
        Row(AcceptedByProvider, Inform, PatientInformed, [AttachmentClinic], [Channel], "§39"),

        // Admission; informing is the clinic's duty, not a precondition of care (see README).
        Row(PatientInformed, Admit, Admitted, [Provider], [], "§38"),
        Row(AcceptedByProvider, Admit, Admitted, [Provider], [], "§38"),

        // §41: discharge summary with the follow-up plan; §42: the clinic's follow-up, then the case closes.
        Row(Admitted, Discharge, Discharged, [Provider], [DischargeSummary, FollowUpPlan], "§41"),
        Row(Discharged, StartFollowUp, ReferralState.FollowUp, [AttachmentClinic], [], "§42"),
        Row(ReferralState.FollowUp, Close, Closed, [AttachmentClinic, ActorKind.System], [], "§42"),

        // Cancellation before admission (not a seed term): by the sender while the commission has it, by the clinic
        // or the provider once the referral is on the portal.
        Row(Draft, Cancel, Cancelled, [AttachmentClinic, InpatientFacility], [StepRequirement.CancellationReason], "—"),
        Row(SentToCommission, Cancel, Cancelled, [AttachmentClinic, InpatientFacility], [StepRequirement.CancellationReason], "—"),
        Row(Approved, Cancel, Cancelled, [AttachmentClinic, InpatientFacility], [StepRequirement.CancellationReason], "—"),
        Row(Registered, Cancel, Cancelled, [AttachmentClinic, Provider], [StepRequirement.CancellationReason], "§31 ¶2"),
        Row(AcceptedByProvider, Cancel, Cancelled, [AttachmentClinic, Provider], [StepRequirement.CancellationReason], "§31 ¶2"),
        Row(PatientInformed, Cancel, Cancelled, [AttachmentClinic, Provider], [StepRequirement.CancellationReason], "§31 ¶2"),

        // No-show: once a date is set (§38), on or after that date.
        Row(AcceptedByProvider, RecordNoShow, NoShow, [Provider], [DateReached], "§38"),
        Row(PatientInformed, RecordNoShow, NoShow, [Provider], [DateReached], "§38"),
    ];

    /// <summary>The row for <paramref name="trigger"/> from <paramref name="state"/>, if there is one.</summary>
    public static ReferralTransition? Find(ReferralState state, ReferralTrigger trigger) =>
        Transitions.FirstOrDefault(t => t.From == state && t.Trigger == trigger);

    /// <summary>The triggers that can move a referral out of <paramref name="state"/> (none for a final state).</summary>
    public static IReadOnlyList<ReferralTrigger> TriggersFrom(ReferralState state) =>
        [.. Transitions.Where(t => t.From == state).Select(t => t.Trigger)];

    /// <summary>Moves a referral in <paramref name="state"/> by <paramref name="step"/>, or says why not.</summary>
    public static Result<TransitionRecord> Apply(ReferralState state, ReferralStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(step.Actor);
        if (Find(state, step.Trigger) is not { } row)
        {
            return new TransitionNotAllowed(state, step.Trigger);
        }

        if (string.IsNullOrWhiteSpace(step.Actor.Id))
        {
            return new ActorRequired();
        }

        if (!row.By.Contains(step.Actor.Kind))
        {
            return new ActorNotAllowed(step.Trigger, step.Actor.Kind, row.By);
        }

        var day = KazakhstanTime.ToKazakhstanDate(step.At);
        foreach (var requirement in row.Requires)
        {
            if (Check(requirement, step, day) is { } error)
            {
                return error;
            }
        }

        return new TransitionRecord(state, row.To, step);
    }

    private static Error? Check(StepRequirement requirement, ReferralStep step, DateOnly day)
    {
        var missing = new StepValueRequired(step.Trigger, requirement);
        return requirement switch
        {
            CoSigner => Blank(step.CoSigner) ? missing : null,
            ProtocolNumber => Blank(step.ProtocolNumber) ? missing : null,
            Ground => step.Ground is { } g && Enum.IsDefined(g) ? null : missing,
            Comment => Blank(step.Comment) ? missing : null,
            ReferralNumber => Blank(step.ReferralNumber) ? missing : null,

            // §38: a date for today or later, as seen on the day the provider decides.
            HospitalizationDate => step.HospitalizationDate switch
            {
                null => missing,
                { } date when date < day => new HospitalizationDateInPast(date, day),
                _ => null,
            },

            // Ch. 2 §11–12: the carer is admitted too, with a free sleeping place.
            CarerPlaceIfNeeded => step.PatientNeedsCarer && !step.CarerPlaceProvided ? missing : null,
            Channel => step.Channel is { } c && Enum.IsDefined(c) ? null : missing,
            DischargeSummary => Blank(step.DischargeSummary) ? missing : null,
            FollowUpPlan => Blank(step.FollowUpPlan) ? missing : null,
            StepRequirement.CancellationReason => step.CancellationReason is { } r && Enum.IsDefined(r) ? null : missing,
            DateReached => step.HospitalizationDate switch
            {
                null => missing,
                { } date when day < date => new NoShowBeforeDate(date, day),
                _ => null,
            },
            _ => throw new ArgumentOutOfRangeException(nameof(requirement), requirement, "Unknown requirement."),
        };
    }

    private static bool Blank(string? value) => string.IsNullOrWhiteSpace(value);

    private static ReferralTransition Row(
        ReferralState from, ReferralTrigger trigger, ReferralState to, ActorKind[] by, StepRequirement[] requires, string place) =>
        new(from, trigger, to, by, requires, place);
}
