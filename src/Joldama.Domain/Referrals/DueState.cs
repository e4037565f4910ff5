namespace Joldama.Domain.Referrals;

/// <summary>How a running deadline stands on a given local date.</summary>
public enum DueState
{
    /// <summary>The last day is still ahead.</summary>
    Open,

    /// <summary>Today is the last day.</summary>
    DueToday,

    /// <summary>The last day has passed.</summary>
    Overdue,
}
