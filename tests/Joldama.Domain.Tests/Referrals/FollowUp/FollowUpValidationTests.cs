using Joldama.Domain.Referrals.FollowUp;
using Joldama.Domain.Shared;
using static Joldama.Domain.Tests.Referrals.ReferralTestData;

namespace Joldama.Domain.Tests.Referrals.FollowUp;

/// <summary>§41–42: what the attachment clinic may record after the discharge, checked against what it already has.</summary>
public class FollowUpValidationTests
{
    private static readonly DateOnly Discharged = D("2025-03-10");
    private static readonly DateOnly Today = D("2026-06-01");

    private static FollowUpEntry E(FollowUpKind kind, string on) => new(kind, D(on), null);

    private static Result<FollowUpEntry> Check(FollowUpEntry entry, params FollowUpEntry[] recorded) =>
        FollowUpValidation.Check(entry, recorded, Discharged, Today);

    [Theory]
    [InlineData(FollowUpKind.Complication, "2025-03-10")] // on the discharge day
    [InlineData(FollowUpKind.Disability, "2025-09-01")]
    [InlineData(FollowUpKind.Death, "2026-06-01")] // today
    [InlineData(FollowUpKind.AliveAtOneYear, "2026-03-10")] // exactly one year after discharge
    public void Check_ValidEntry_IsAccepted(FollowUpKind kind, string on)
    {
        var entry = new FollowUpEntry(kind, D(on), "note");

        Assert.Equal(entry, Check(entry).Value);
    }

    [Fact]
    public void Check_UndefinedKind_IsRequired()
    {
        Assert.Equal("referral.follow_up_kind_required", Check(E((FollowUpKind)0, "2025-04-01")).Error?.Code);
    }

    [Fact]
    public void Check_BeforeDischarge_IsRefusedWithBothDates()
    {
        var error = Check(E(FollowUpKind.Complication, "2025-03-09")).Error;

        Assert.IsType<FollowUpBeforeDischarge>(error);
        Assert.Equal("referral.follow_up_before_discharge", error.Code);
        Assert.Equal("2025-03-09", error.Args["date"]);
        Assert.Equal("2025-03-10", error.Args["dischargedOn"]);
    }

    [Fact]
    public void Check_AfterToday_IsRefused()
    {
        var error = Check(E(FollowUpKind.Complication, "2026-06-02")).Error;

        Assert.Equal("referral.follow_up_in_future", error?.Code);
        Assert.Equal("2026-06-01", error?.Args["today"]);
    }

    [Fact]
    public void Check_SecondDeath_IsRefused()
    {
        var error = Check(E(FollowUpKind.Death, "2025-05-01"), E(FollowUpKind.Death, "2025-05-01")).Error;

        Assert.Equal("referral.follow_up_second_death", error?.Code);
        Assert.Equal("2025-05-01", error?.Args["diedOn"]);
    }

    [Fact]
    public void Check_SecondAliveAtOneYear_IsRefused()
    {
        var error = Check(E(FollowUpKind.AliveAtOneYear, "2026-04-01"), E(FollowUpKind.AliveAtOneYear, "2026-03-15")).Error;

        Assert.Equal("referral.follow_up_second_one_year", error?.Code);
        Assert.Equal("2026-03-15", error?.Args["recordedOn"]);
    }

    [Fact]
    public void Check_AliveAtOneYear_TheDayBeforeTheMark_IsRefused()
    {
        var error = Check(E(FollowUpKind.AliveAtOneYear, "2026-03-09")).Error;

        Assert.Equal("referral.follow_up_one_year_not_reached", error?.Code);
        Assert.Equal("2026-03-10", error?.Args["oneYearOn"]);
    }

    [Fact]
    public void Check_AliveAtOneYear_LeapDayDischarge_MarkIs28February()
    {
        var leap = D("2024-02-29");

        Assert.False(FollowUpValidation.Check(E(FollowUpKind.AliveAtOneYear, "2025-02-28"), [], leap, Today).IsError);
        Assert.Equal("referral.follow_up_one_year_not_reached", FollowUpValidation.Check(E(FollowUpKind.AliveAtOneYear, "2025-02-27"), [], leap, Today).Error?.Code);
    }

    [Theory]
    [InlineData("2025-08-01")]
    [InlineData("2026-03-10")] // a death on the mark day is within the year
    public void Check_AliveAtOneYear_AfterADeathWithinTheYear_IsRefused(string diedOn)
    {
        var error = Check(E(FollowUpKind.AliveAtOneYear, "2026-03-10"), E(FollowUpKind.Death, diedOn)).Error;

        Assert.Equal("referral.follow_up_alive_after_death", error?.Code);
        Assert.Equal(diedOn, error?.Args["diedOn"]);
    }

    [Fact]
    public void Check_AliveAtOneYear_BeforeALaterDeath_IsAccepted()
    {
        Assert.False(Check(E(FollowUpKind.AliveAtOneYear, "2026-03-10"), E(FollowUpKind.Death, "2026-04-01")).IsError);
    }

    [Fact]
    public void Check_AliveAtOneYear_AfterADeathAfterTheYear_IsAfterDeath()
    {
        var error = Check(E(FollowUpKind.AliveAtOneYear, "2026-05-01"), E(FollowUpKind.Death, "2026-04-01")).Error;

        Assert.Equal("referral.follow_up_after_death", error?.Code);
    }

    [Fact]
    public void Check_EntryAfterDeath_IsRefused_OnTheDeathDayAccepted()
    {
        var death = E(FollowUpKind.Death, "2025-06-01");

        var error = Check(E(FollowUpKind.Complication, "2025-06-02"), death).Error;

        Assert.IsType<FollowUpAfterDeath>(error);
        Assert.Equal("2025-06-02", error.Args["date"]);
        Assert.Equal("2025-06-01", error.Args["diedOn"]);
        Assert.False(Check(E(FollowUpKind.Complication, "2025-06-01"), death).IsError);
    }

    [Fact]
    public void Check_DeathBeforeARecordedEntry_IsRefusedNamingTheLatestEntry()
    {
        var error = Check(E(FollowUpKind.Death, "2025-05-01"), E(FollowUpKind.Complication, "2025-05-10"), E(FollowUpKind.Disability, "2025-07-01")).Error;

        Assert.Equal("referral.follow_up_after_death", error?.Code);
        Assert.Equal("2025-07-01", error?.Args["date"]);
        Assert.Equal("2025-05-01", error?.Args["diedOn"]);
    }

    [Fact]
    public void Check_RepeatedComplicationsAndDisability_AreAccepted()
    {
        Assert.False(Check(E(FollowUpKind.Complication, "2025-05-10"), E(FollowUpKind.Complication, "2025-04-10"), E(FollowUpKind.Disability, "2025-04-20")).IsError);
    }

    [Fact]
    public void CheckAll_ChecksInDateOrder()
    {
        var entries = new[] { E(FollowUpKind.AliveAtOneYear, "2026-03-12"), E(FollowUpKind.Complication, "2025-04-01"), E(FollowUpKind.Death, "2026-05-01") };

        var all = FollowUpValidation.CheckAll(entries, Discharged, Today);

        Assert.Equal([FollowUpKind.Complication, FollowUpKind.AliveAtOneYear, FollowUpKind.Death], all.Value.Select(e => e.Kind));
    }

    [Fact]
    public void CheckAll_FirstBrokenRule_IsTheResult()
    {
        var entries = new[] { E(FollowUpKind.Death, "2025-06-01"), E(FollowUpKind.AliveAtOneYear, "2026-03-10") };

        Assert.Equal("referral.follow_up_alive_after_death", FollowUpValidation.CheckAll(entries, Discharged, Today).Error?.Code);
    }
}
