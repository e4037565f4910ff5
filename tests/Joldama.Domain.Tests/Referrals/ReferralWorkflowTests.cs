using Joldama.Domain.Referrals;
using Joldama.Domain.Shared;
using static Joldama.Domain.Tests.Referrals.ReferralTestData;

namespace Joldama.Domain.Tests.Referrals;

/// <summary>The referral state machine of seed 001 §31–42: every row of the table, and what it refuses.</summary>
public class ReferralWorkflowTests
{
    private static readonly ReferralState[] Final = [ReferralState.Rejected, ReferralState.Closed, ReferralState.Cancelled, ReferralState.NoShow];

    public static TheoryData<int> Rows()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < ReferralWorkflow.Transitions.Count; i++)
        {
            data.Add(i);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void EveryAllowedTransition_ByEveryAllowedActor_SucceedsAndRecordsWhoWhenWhy(int index)
    {
        var row = ReferralWorkflow.Transitions[index];
        foreach (var kind in row.By)
        {
            var step = Step(row.Trigger, kind) with { Comment = "why it happened" };

            var record = ReferralWorkflow.Apply(row.From, step).Value;

            Assert.Equal(row.From, record.From);
            Assert.Equal(row.To, record.To);
            Assert.Equal(row.Trigger, record.Trigger);
            Assert.Equal(new ReferralActor($"{kind}-user-1", kind), record.By);
            Assert.Equal(Monday, record.At);
            Assert.Equal("why it happened", record.Why);
            Assert.Same(step, record.Step);
        }
    }

    [Fact]
    public void Table_HasOneRowPerStateAndTrigger_AndNoExitFromAFinalState()
    {
        var rows = ReferralWorkflow.Transitions;

        Assert.Equal(rows.Count, rows.Select(r => (r.From, r.Trigger)).Distinct().Count());
        Assert.All(Final, s => Assert.Empty(ReferralWorkflow.TriggersFrom(s)));
        Assert.All(Enum.GetValues<ReferralState>().Except(Final), s => Assert.NotEmpty(ReferralWorkflow.TriggersFrom(s)));
        Assert.All(rows, r => Assert.NotEmpty(r.By));
        Assert.All(rows, r => Assert.False(string.IsNullOrWhiteSpace(r.Place)));
    }

    [Fact]
    public void HappyPath_FromDraftToClosed_RecordsEveryStep()
    {
        ReferralTrigger[] path =
        [
            ReferralTrigger.Submit, ReferralTrigger.Approve, ReferralTrigger.Register, ReferralTrigger.Accept, ReferralTrigger.Inform,
            ReferralTrigger.Admit, ReferralTrigger.Discharge, ReferralTrigger.StartFollowUp, ReferralTrigger.Close,
        ];
        var state = ReferralState.Draft;
        var journal = new List<TransitionRecord>();
        foreach (var trigger in path)
        {
            var record = ReferralWorkflow.Apply(state, Step(ReferralWorkflow.Find(state, trigger)!)).Value;
            journal.Add(record);
            state = record.To;
        }

        Assert.Equal(ReferralState.Closed, state);
        Assert.Equal(
            [ReferralState.SentToCommission, ReferralState.Approved, ReferralState.Registered, ReferralState.AcceptedByProvider, ReferralState.PatientInformed,
             ReferralState.Admitted, ReferralState.Discharged, ReferralState.FollowUp, ReferralState.Closed],
            journal.Select(r => r.To));
    }

    [Fact]
    public void InpatientRoute_Section40_SentByTheHospitalWithACoSigner()
    {
        var step = Step(ReferralTrigger.SubmitInpatient, ActorKind.InpatientFacility);

        Assert.Equal(ReferralState.SentToCommission, ReferralWorkflow.Apply(ReferralState.Draft, step).Value.To);
        AssertCode("referral.co_signer_required", ReferralWorkflow.Apply(ReferralState.Draft, step with { CoSigner = " " }));
        AssertCode("referral.actor_not_allowed", ReferralWorkflow.Apply(ReferralState.Draft, Step(ReferralTrigger.SubmitInpatient, ActorKind.AttachmentClinic)));
        AssertCode("referral.actor_not_allowed", ReferralWorkflow.Apply(ReferralState.Draft, Step(ReferralTrigger.Submit, ActorKind.InpatientFacility)));
    }

    [Theory]
    [InlineData(ReferralState.Draft, ReferralTrigger.Approve)]
    [InlineData(ReferralState.Draft, ReferralTrigger.Register)]
    [InlineData(ReferralState.SentToCommission, ReferralTrigger.Submit)]
    [InlineData(ReferralState.SentToCommission, ReferralTrigger.Register)]
    [InlineData(ReferralState.Approved, ReferralTrigger.Accept)]
    [InlineData(ReferralState.Approved, ReferralTrigger.Reject)]
    [InlineData(ReferralState.Registered, ReferralTrigger.Inform)]
    [InlineData(ReferralState.Registered, ReferralTrigger.Admit)]
    [InlineData(ReferralState.AcceptedByProvider, ReferralTrigger.Discharge)]
    [InlineData(ReferralState.PatientInformed, ReferralTrigger.Inform)]
    [InlineData(ReferralState.Admitted, ReferralTrigger.Close)]
    [InlineData(ReferralState.Discharged, ReferralTrigger.Close)]
    [InlineData(ReferralState.Rejected, ReferralTrigger.Approve)]
    [InlineData(ReferralState.Rejected, ReferralTrigger.Submit)]
    [InlineData(ReferralState.Closed, ReferralTrigger.StartFollowUp)]
    [InlineData(ReferralState.Cancelled, ReferralTrigger.Submit)]
    [InlineData(ReferralState.NoShow, ReferralTrigger.Admit)]
    public void DisallowedTransition_RefusedWithStateAndTrigger(ReferralState state, ReferralTrigger trigger)
    {
        var kind = ReferralWorkflow.Transitions.First(t => t.Trigger == trigger).By[0];

        var error = Assert.IsType<TransitionNotAllowed>(ReferralWorkflow.Apply(state, Step(trigger, kind)).Error);

        Assert.Equal("referral.transition_not_allowed", error.Code);
        Assert.Equal(state.ToString(), error.Args["state"]);
        Assert.Equal(trigger.ToString(), error.Args["trigger"]);
    }

    [Theory]
    [InlineData(ReferralState.SentToCommission, ReferralTrigger.Approve, ActorKind.Provider)]
    [InlineData(ReferralState.SentToCommission, ReferralTrigger.Reject, ActorKind.AttachmentClinic)]
    [InlineData(ReferralState.Approved, ReferralTrigger.Register, ActorKind.Provider)]
    [InlineData(ReferralState.Registered, ReferralTrigger.Accept, ActorKind.Commission)]
    [InlineData(ReferralState.AcceptedByProvider, ReferralTrigger.Inform, ActorKind.System)]
    [InlineData(ReferralState.Admitted, ReferralTrigger.Discharge, ActorKind.AttachmentClinic)]
    [InlineData(ReferralState.Draft, ReferralTrigger.Cancel, ActorKind.Provider)]
    [InlineData(ReferralState.Registered, ReferralTrigger.Cancel, ActorKind.Commission)]
    public void WrongActor_Refused(ReferralState state, ReferralTrigger trigger, ActorKind kind)
    {
        var error = Assert.IsType<ActorNotAllowed>(ReferralWorkflow.Apply(state, Step(trigger, kind)).Error);

        Assert.Equal("referral.actor_not_allowed", error.Code);
        Assert.Equal(kind.ToString(), error.Args["actor"]);
    }

    [Fact]
    public void BlankActorId_Refused()
    {
        var step = Step(ReferralTrigger.Submit, ActorKind.AttachmentClinic) with { Actor = new ReferralActor(" ", ActorKind.AttachmentClinic) };

        AssertCode("referral.actor_required", ReferralWorkflow.Apply(ReferralState.Draft, step));
    }

    [Fact]
    public void Approve_NeedsAProtocolNumber()
    {
        var step = Step(ReferralTrigger.Approve, ActorKind.Commission) with { ProtocolNumber = null };

        var error = AssertCode("referral.protocol_required", ReferralWorkflow.Apply(ReferralState.SentToCommission, step));
        Assert.Equal("ProtocolNumber", error.Args["field"]);
    }

    [Fact]
    public void Reject_NeedsProtocolGroundAndComment()
    {
        var step = Step(ReferralTrigger.Reject, ActorKind.Commission);

        AssertCode("referral.protocol_required", ReferralWorkflow.Apply(ReferralState.SentToCommission, step with { ProtocolNumber = "" }));
        AssertCode("referral.ground_required", ReferralWorkflow.Apply(ReferralState.SentToCommission, step with { Ground = null }));
        AssertCode("referral.ground_required", ReferralWorkflow.Apply(ReferralState.SentToCommission, step with { Ground = (RejectionGround)7 }));
        AssertCode("referral.comment_required", ReferralWorkflow.Apply(ReferralState.SentToCommission, step with { Comment = "  " }));
    }

    [Theory]
    [InlineData(RejectionGround.NoIndications, "§40 ¶4 (1)")]
    [InlineData(RejectionGround.IncompletePackage, "§40 ¶4 (2)")]
    [InlineData(RejectionGround.DocumentsNotAuthentic, "§40 ¶4 (3)")]
    public void Reject_OnEachGroundOf40_RecordsTheGround(RejectionGround ground, string place)
    {
        var step = Step(ReferralTrigger.Reject, ActorKind.Commission) with { Ground = ground, Comment = "extract not sealed" };

        var record = ReferralWorkflow.Apply(ReferralState.SentToCommission, step).Value;

        Assert.Equal(ReferralState.Rejected, record.To);
        Assert.Equal(ground, record.Step.Ground);
        Assert.Equal(place, RejectionGrounds.Source(ground).Place);
    }

    [Fact]
    public void Register_NeedsTheReferralNumber()
    {
        var step = Step(ReferralTrigger.Register, ActorKind.Commission) with { ReferralNumber = null };

        AssertCode("referral.referral_number_required", ReferralWorkflow.Apply(ReferralState.Approved, step));
    }

    [Fact]
    public void Accept_NeedsADate()
    {
        var step = Step(ReferralTrigger.Accept, ActorKind.Provider) with { HospitalizationDate = null };

        AssertCode("referral.hospitalization_date_required", ReferralWorkflow.Apply(ReferralState.Registered, step));
    }

    [Fact]
    public void Accept_DateBeforeTheDecisionDay_Refused_TheDayIsKazakhstans()
    {
        // 13 December 20:00 UTC is already 14 December 01:00 in Kazakhstan: the 13th is in the past, the 14th is not.
        var step = Step(ReferralTrigger.Accept, ActorKind.Provider, T("2026-12-13T20:00:00Z"));

        var error = Assert.IsType<HospitalizationDateInPast>(
            ReferralWorkflow.Apply(ReferralState.Registered, step with { HospitalizationDate = D("2026-12-13") }).Error);
        Assert.Equal("referral.hospitalization_date_in_past", error.Code);
        Assert.Equal("2026-12-13", error.Args["date"]);
        Assert.Equal("2026-12-14", error.Args["decidedOn"]);
        Assert.False(ReferralWorkflow.Apply(ReferralState.Registered, step with { HospitalizationDate = D("2026-12-14") }).IsError);
    }

    [Fact]
    public void Accept_ChildWithACarer_NeedsAPlaceForTheCarer()
    {
        var step = Step(ReferralTrigger.Accept, ActorKind.Provider) with { PatientNeedsCarer = true };

        AssertCode("referral.carer_place_required", ReferralWorkflow.Apply(ReferralState.Registered, step));
        Assert.False(ReferralWorkflow.Apply(ReferralState.Registered, step with { CarerPlaceProvided = true }).IsError);
    }

    [Theory]
    [InlineData(InformChannel.Oral)]
    [InlineData(InformChannel.Sms)]
    [InlineData(InformChannel.PersonalCabinet)]
    [InlineData(InformChannel.MedicalInformationSystem)]
    public void Inform_ByEachChannelOf39(InformChannel channel)
    {
        var step = Step(ReferralTrigger.Inform, ActorKind.AttachmentClinic) with { Channel = channel };

        Assert.Equal(channel, ReferralWorkflow.Apply(ReferralState.AcceptedByProvider, step).Value.Step.Channel);
    }

    [Fact]
    public void Inform_NeedsAChannel()
    {
        var step = Step(ReferralTrigger.Inform, ActorKind.AttachmentClinic);

        AssertCode("referral.channel_required", ReferralWorkflow.Apply(ReferralState.AcceptedByProvider, step with { Channel = null }));
        AssertCode("referral.channel_required", ReferralWorkflow.Apply(ReferralState.AcceptedByProvider, step with { Channel = (InformChannel)0 }));
    }

    [Fact]
    public void Discharge_NeedsSummaryAndFollowUpPlan()
    {
        var step = Step(ReferralTrigger.Discharge, ActorKind.Provider);

        AssertCode("referral.summary_required", ReferralWorkflow.Apply(ReferralState.Admitted, step with { DischargeSummary = null }));
        AssertCode("referral.follow_up_plan_required", ReferralWorkflow.Apply(ReferralState.Admitted, step with { FollowUpPlan = "" }));
    }

    public static TheoryData<ReferralState, CancellationReason> CancellableStatesAndReasons()
    {
        var data = new TheoryData<ReferralState, CancellationReason>();
        ReferralState[] states =
        [
            ReferralState.Draft, ReferralState.SentToCommission, ReferralState.Approved,
            ReferralState.Registered, ReferralState.AcceptedByProvider, ReferralState.PatientInformed,
        ];
        foreach (var state in states)
        {
            foreach (var reason in Enum.GetValues<CancellationReason>())
            {
                data.Add(state, reason);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CancellableStatesAndReasons))]
    public void Cancel_BeforeAdmission_WithEachReason(ReferralState state, CancellationReason reason)
    {
        var step = Step(ReferralTrigger.Cancel, ActorKind.AttachmentClinic) with { CancellationReason = reason };

        var record = ReferralWorkflow.Apply(state, step).Value;

        Assert.Equal(ReferralState.Cancelled, record.To);
        Assert.Equal(reason, record.Step.CancellationReason);
    }

    [Theory]
    [InlineData(ReferralState.Rejected)]
    [InlineData(ReferralState.Admitted)]
    [InlineData(ReferralState.Discharged)]
    [InlineData(ReferralState.FollowUp)]
    [InlineData(ReferralState.Closed)]
    [InlineData(ReferralState.Cancelled)]
    [InlineData(ReferralState.NoShow)]
    public void Cancel_FromAdmissionOnOrAFinalState_Refused(ReferralState state)
    {
        AssertCode("referral.transition_not_allowed", ReferralWorkflow.Apply(state, Step(ReferralTrigger.Cancel, ActorKind.AttachmentClinic)));
    }

    [Fact]
    public void Cancel_NeedsAReason()
    {
        var step = Step(ReferralTrigger.Cancel, ActorKind.AttachmentClinic) with { CancellationReason = null };

        AssertCode("referral.cancellation_reason_required", ReferralWorkflow.Apply(ReferralState.Registered, step));
    }

    [Theory]
    [InlineData(ReferralState.AcceptedByProvider, true)]
    [InlineData(ReferralState.PatientInformed, true)]
    [InlineData(ReferralState.Draft, false)]
    [InlineData(ReferralState.SentToCommission, false)]
    [InlineData(ReferralState.Approved, false)]
    [InlineData(ReferralState.Registered, false)]
    [InlineData(ReferralState.Admitted, false)]
    [InlineData(ReferralState.Discharged, false)]
    [InlineData(ReferralState.Cancelled, false)]
    public void NoShow_OnlyOnceADateIsSetAndBeforeAdmission(ReferralState state, bool allowed)
    {
        var result = ReferralWorkflow.Apply(state, Step(ReferralTrigger.RecordNoShow, ActorKind.Provider));

        if (allowed)
        {
            Assert.Equal(ReferralState.NoShow, result.Value.To);
        }
        else
        {
            AssertCode("referral.transition_not_allowed", result);
        }
    }

    [Fact]
    public void NoShow_BeforeTheDate_Refused_OnTheDateOrLater_Recorded()
    {
        var step = Step(ReferralTrigger.RecordNoShow, ActorKind.Provider) with { HospitalizationDate = D("2026-12-15") };

        var early = Assert.IsType<NoShowBeforeDate>(ReferralWorkflow.Apply(ReferralState.PatientInformed, step).Error);
        Assert.Equal("referral.no_show_before_date", early.Code);
        Assert.Equal("2026-12-14", early.Args["on"]);
        Assert.False(ReferralWorkflow.Apply(ReferralState.PatientInformed, step with { At = T("2026-12-15T09:00:00+05:00") }).IsError);
        AssertCode("referral.hospitalization_date_required", ReferralWorkflow.Apply(ReferralState.PatientInformed, step with { HospitalizationDate = null }));
    }

    private static Error AssertCode(string code, Result<TransitionRecord> result)
    {
        Assert.True(result.IsError, $"Expected {code}, got a transition.");
        Assert.Equal(code, result.Error.Code);
        return result.Error;
    }
}
