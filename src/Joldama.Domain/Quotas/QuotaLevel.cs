using Joldama.Domain.Organizations;

namespace Joldama.Domain.Quotas;

/// <summary>
/// The kind of organization a limit of seed 001 §19 is set for. ¶1 names two kinds, ¶2 (pandemic) two others;
/// <see cref="QuotaLevels.For"/> maps an organization to one of them (README.md, "Which limit applies").
/// </summary>
public enum QuotaLevel
{
    /// <summary>¶1: «республикалық медициналық денсаулық сақтау ұйымдары» — 15 %.</summary>
    Republican,

    /// <summary>¶1: «меншік деңгейі мен нысанына қарамастан басқа медициналық ұйымдар» — 10 %.</summary>
    Other,

    /// <summary>¶2: «ғылыми ұйымдары» — 50 %.</summary>
    Scientific,

    /// <summary>¶2: «меншік нысанына қарамастан қалалық, облыстық деңгейдегі денсаулық сақтау ұйымдары» — 30 %.</summary>
    CityOrRegional,
}

/// <summary>Which limit of §19 applies to an organization.</summary>
public static class QuotaLevels
{
    /// <summary>
    /// ¶1 (normal): a <see cref="OrganizationLevel.Republican"/> organization is <see cref="QuotaLevel.Republican"/>, any other
    /// is <see cref="QuotaLevel.Other"/>; being scientific changes nothing. ¶2 (pandemic): a scientific organization, of any level,
    /// is <see cref="QuotaLevel.Scientific"/>; a <see cref="OrganizationLevel.Regional"/> one is <see cref="QuotaLevel.CityOrRegional"/>;
    /// a republican organization that is not scientific is not named by ¶2 and keeps ¶1's <see cref="QuotaLevel.Republican"/>.
    /// </summary>
    /// <param name="level">The organization's level (the model has no "scientific": that is <paramref name="isScientific"/>).</param>
    /// <param name="isScientific">The organization is a scientific organization (research institute, scientific centre) — «ғылыми ұйымдары».</param>
    /// <param name="mode">The paragraph in force on the decision's date.</param>
    public static QuotaLevel For(OrganizationLevel level, bool isScientific, QuotaMode mode) => (mode, level, isScientific) switch
    {
        (QuotaMode.Normal, OrganizationLevel.Republican, _) => QuotaLevel.Republican,
        (QuotaMode.Normal, OrganizationLevel.Regional, _) => QuotaLevel.Other,
        (QuotaMode.Pandemic, _, true) => QuotaLevel.Scientific,
        (QuotaMode.Pandemic, OrganizationLevel.Regional, false) => QuotaLevel.CityOrRegional,
        (QuotaMode.Pandemic, OrganizationLevel.Republican, false) => QuotaLevel.Republican,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, $"Unknown organization level or quota mode {mode}."),
    };
}
