using System.Globalization;
using Joldama.Domain.Abroad;

namespace Joldama.Domain.Tests.Abroad;

public class AbroadSchemeTests
{
    [Fact]
    public void Current_NineSteps_AddUpTo44() => AssertSum(AbroadTestData.Current, 9, 44);

    [Fact]
    public void Proposed_SevenSteps_AddUpTo37() => AssertSum(AbroadTestData.Proposed, 7, 37);

    [Fact]
    public void Sum_StepsLongerThanStated_DifferencePositive()
    {
        var sum = SchemeCheck.Sum(AbroadTestData.Scheme("x", 5, [2, 4, null]));

        Assert.False(sum.Matches);
        Assert.Equal(1, sum.Difference);
        Assert.Equal(1, sum.StepsWithoutDeadline);
    }

    [Fact]
    public void NumberedInOrder_Gap_False() =>
        Assert.False(SchemeCheck.NumberedInOrder(AbroadTestData.Current with { Steps = [.. AbroadTestData.Current.Steps.Skip(1)] }));

    [Fact]
    public void Law_ActiveScheme_IsTheConfiguredOne() => Assert.Same(AbroadTestData.Current, AbroadTestData.Law.Active);

    [Theory]
    [InlineData(6, "2026-02-06T10:00:00+05:00", "2026-02-27")] // 15 working days from Friday: three full weeks
    [InlineData(1, "2026-02-06T10:00:00+05:00", "2026-02-09")] // 1 working day from Friday: Monday
    [InlineData(7, "2026-02-05T22:00:00+05:00", "2026-02-09")] // 2 from Thursday night: Friday, Monday
    [InlineData(1, "2026-02-08T20:30:00+00:00", "2026-02-10")] // Sunday 20:30 UTC is Monday 01:30 in Almaty: the start day is Monday
    public void Due_CurrentScheme_AcrossWeekends(int step, string startedAt, string due)
    {
        var result = AbroadDeadlines.Due(AbroadTestData.Calendar2026, AbroadTestData.Current.Step(step), DateTimeOffset.Parse(startedAt, CultureInfo.InvariantCulture));

        Assert.Equal(DateOnly.ParseExact(due, "yyyy-MM-dd", CultureInfo.InvariantCulture), result.Value);
    }

    [Fact]
    public void Due_StepWithoutDeadline_Error()
    {
        var step = AbroadTestData.Scheme("x", 0, [null]).Step(1);

        var error = AbroadDeadlines.Due(AbroadTestData.Calendar2026, step, DateTimeOffset.UnixEpoch).Error;

        Assert.Equal("abroad.step_without_deadline", error?.Code);
    }

    private static void AssertSum(AbroadScheme scheme, int steps, int days)
    {
        var sum = SchemeCheck.Sum(scheme);
        Assert.Equal(steps, scheme.Steps.Count);
        Assert.True(SchemeCheck.NumberedInOrder(scheme));
        Assert.Equal(days, sum.StepsTotal.Value);
        Assert.True(sum.Matches);
    }
}
