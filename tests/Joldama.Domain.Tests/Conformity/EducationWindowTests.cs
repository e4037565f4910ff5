using Joldama.Domain.Conformity;

namespace Joldama.Domain.Tests.Conformity;

/// <summary>The window «соңғы N жылда» is [on − N years + 1 day, on], both ends inclusive.</summary>
public class EducationWindowTests
{
    [Theory]
    [InlineData(3, "2022-06-15", false)] // exactly 3 years before: out
    [InlineData(3, "2022-06-16", true)] // one day later: in
    [InlineData(3, "2025-06-15", true)] // on the evaluation date: in
    [InlineData(3, "2025-06-16", false)] // after the evaluation date: out
    [InlineData(5, "2020-06-15", false)]
    [InlineData(5, "2020-06-16", true)]
    public void Contains_BoundaryDates_InsideOnlyAfterTheExactAnniversary(int years, string completed, bool expected) =>
        Assert.Equal(expected, EducationWindow.Contains(new DateOnly(2025, 6, 15), years, DateOnly.Parse(completed, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Contains_LeapDayEvaluation_CountsBackToTwentyEighthFebruary()
    {
        var on = new DateOnly(2024, 2, 29);

        Assert.Equal(new DateOnly(2021, 2, 28), EducationWindow.LastDayBefore(on, 3));
        Assert.False(EducationWindow.Contains(on, 3, new DateOnly(2021, 2, 28)));
        Assert.True(EducationWindow.Contains(on, 3, new DateOnly(2021, 3, 1)));
    }

    [Fact]
    public void LastDayBefore_ZeroYears_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => EducationWindow.LastDayBefore(new DateOnly(2025, 1, 1), 0));
}
