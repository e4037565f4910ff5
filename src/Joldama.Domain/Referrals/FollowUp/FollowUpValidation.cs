using Joldama.Domain.Shared;

namespace Joldama.Domain.Referrals.FollowUp;

/// <summary>Whether a §42 follow-up entry may be added to what is already recorded for one discharged patient.</summary>
public static class FollowUpValidation
{
    /// <summary>
    /// <paramref name="entry"/>, or the first rule it breaks, in this order: a defined kind; not before
    /// <paramref name="dischargedOn"/> (§41); not after <paramref name="today"/>; no second death nor second
    /// «alive at one year»; «alive at one year» not before <see cref="OneYearMark"/>, nor after a death within the year;
    /// nothing dated after a death (the new entry after a recorded death, or a new death before a recorded entry).
    /// Entries on the day of the death are allowed.
    /// </summary>
    public static Result<FollowUpEntry> Check(FollowUpEntry entry, IReadOnlyList<FollowUpEntry> recorded, DateOnly dischargedOn, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(recorded);
        if (!Enum.IsDefined(entry.Kind))
        {
            return new FollowUpKindRequired();
        }

        if (entry.On < dischargedOn)
        {
            return new FollowUpBeforeDischarge(entry.On, dischargedOn);
        }

        if (entry.On > today)
        {
            return new FollowUpInFuture(entry.On, today);
        }

        var death = recorded.FirstOrDefault(e => e.Kind == FollowUpKind.Death);
        var oneYear = OneYearMark.After(dischargedOn);
        switch (entry.Kind)
        {
            case FollowUpKind.Death when death is not null:
                return new FollowUpSecondDeath(death.On);
            case FollowUpKind.AliveAtOneYear when recorded.FirstOrDefault(e => e.Kind == FollowUpKind.AliveAtOneYear) is { } alive:
                return new FollowUpSecondOneYear(alive.On);
            case FollowUpKind.AliveAtOneYear when entry.On < oneYear:
                return new FollowUpOneYearNotReached(entry.On, oneYear);
            case FollowUpKind.AliveAtOneYear when death is not null && death.On <= oneYear:
                return new FollowUpAliveAfterDeath(death.On);
            case FollowUpKind.Death when recorded.Where(e => e.On > entry.On).MaxBy(e => e.On) is { } later:
                return new FollowUpAfterDeath(later.On, entry.On);
            default:
                break;
        }

        return death is not null && entry.On > death.On ? new FollowUpAfterDeath(entry.On, death.On) : entry;
    }

    /// <summary>
    /// A whole record (an import, or the list after an edit): each entry, in date order, checked against those before it.
    /// </summary>
    public static Result<IReadOnlyList<FollowUpEntry>> CheckAll(IReadOnlyList<FollowUpEntry> entries, DateOnly dischargedOn, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var accepted = new List<FollowUpEntry>(entries.Count);
        foreach (var entry in entries.OrderBy(e => e.On))
        {
            var checkedEntry = Check(entry, accepted, dischargedOn, today);
            if (checkedEntry.IsError)
            {
                return checkedEntry.Error;
            }

            accepted.Add(entry);
        }

        return Result<IReadOnlyList<FollowUpEntry>>.Success(accepted);
    }
}
