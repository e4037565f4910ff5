using Joldama.Domain.Shared;

namespace Joldama.Domain.Tests.Shared;

public sealed class KazakhstanTimeTests
{
    [Fact]
    public void StartAndEndOfDay_AnOrdinaryDay_LocalMidnightsInUtc()
    {
        var day = new DateOnly(2026, 3, 2);

        Assert.Equal(new DateTimeOffset(2026, 3, 1, 19, 0, 0, TimeSpan.Zero), KazakhstanTime.StartOfDay(day));
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 19, 0, 0, TimeSpan.Zero), KazakhstanTime.EndOfDay(day));
        Assert.Equal(TimeSpan.Zero, KazakhstanTime.StartOfDay(day).Offset);
    }

    [Fact]
    public void StartAndEndOfDay_BeforeTheOffsetChange_SixHoursAhead()
    {
        Assert.Equal(new DateTimeOffset(2024, 2, 28, 18, 0, 0, TimeSpan.Zero), KazakhstanTime.StartOfDay(new DateOnly(2024, 2, 29)));
    }

    [Fact]
    public void StartAndEndOfDay_TheFirstAndLastDates_NoOverflow()
    {
        // Regression (issue 8, the bad-input property): ?to=9999-12-31 on the refusal journal answered 500.
        Assert.Equal(DateTimeOffset.MaxValue, KazakhstanTime.EndOfDay(DateOnly.MaxValue));
        Assert.Equal(DateTimeOffset.MinValue, KazakhstanTime.StartOfDay(DateOnly.MinValue));
        Assert.True(KazakhstanTime.StartOfDay(DateOnly.MaxValue) < KazakhstanTime.EndOfDay(DateOnly.MaxValue));
        Assert.True(KazakhstanTime.EndOfDay(DateOnly.MinValue) > KazakhstanTime.StartOfDay(DateOnly.MinValue));
    }
}
