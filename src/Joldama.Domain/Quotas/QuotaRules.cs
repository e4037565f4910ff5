using Joldama.Domain.Catalog;
using Joldama.Domain.Patients;

namespace Joldama.Domain.Quotas;

/// <summary>
/// The quotas of seed 001 §19, loaded from <c>data/law/dsm-238-2020/quota-rules.json</c> so that a new order, or a new
/// pandemic period, is a data change.
/// </summary>
/// <param name="Normal">§19 ¶1: its groups and its 15 % / 10 % limits.</param>
/// <param name="Pandemic">§19 ¶2: its groups and its 50 % / 30 % limits.</param>
/// <param name="PandemicPeriods">When ¶2 is in force: configuration, not law (the order names no dates). Empty by default.</param>
public sealed record QuotaRules(QuotaParagraph Normal, QuotaParagraph Pandemic, IReadOnlyList<PandemicPeriod> PandemicPeriods)
{
    /// <summary>¶2 on a date inside a pandemic period (both ends included), ¶1 otherwise.</summary>
    public QuotaMode ModeOn(DateOnly date) => PandemicPeriods.Any(p => p.Contains(date)) ? QuotaMode.Pandemic : QuotaMode.Normal;

    /// <summary>The paragraph of <paramref name="mode"/>.</summary>
    public QuotaParagraph ParagraphOf(QuotaMode mode) => mode switch
    {
        QuotaMode.Normal => Normal,
        QuotaMode.Pandemic => Pandemic,
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "Unknown quota mode."),
    };

    /// <summary>
    /// The limit that applies to <paramref name="level"/> in <paramref name="mode"/>: the paragraph's own limit, or ¶1's
    /// where ¶2 does not name the kind (a republican organization that is not scientific, README.md).
    /// </summary>
    public QuotaLimit LimitOf(QuotaLevel level, QuotaMode mode) =>
        ParagraphOf(mode).Limits.FirstOrDefault(l => l.Level == level)
        ?? Normal.Limits.FirstOrDefault(l => l.Level == level)
        ?? throw new InvalidOperationException($"The quota rules have no limit for {level}.");
}

/// <summary>One paragraph of §19: who the head may admit alone, and up to which share of the planned volume.</summary>
/// <param name="Mode">Normal (¶1) or pandemic (¶2).</param>
/// <param name="Groups">The vulnerable groups as this paragraph words them.</param>
/// <param name="Limits">The limits by kind of organization.</param>
/// <param name="Source">The paragraph in the seed.</param>
public sealed record QuotaParagraph(QuotaMode Mode, IReadOnlyList<QuotaGroup> Groups, IReadOnlyList<QuotaLimit> Limits, SeedReference Source)
{
    /// <summary>The groups of the paragraph as values.</summary>
    public IReadOnlyList<VulnerableGroup> GroupValues => Groups.Select(g => g.Group).ToArray();
}

/// <summary>A group of a paragraph: the value it maps to and the law's words.</summary>
/// <param name="Group">The <see cref="VulnerableGroup"/> it maps to.</param>
/// <param name="WordingKk">The paragraph's words for the group (seed 001 is Kazakh).</param>
/// <param name="Note">Why the mapping is not one to one, when it is not (e.g. ¶2's «көп балалы аналар» without the medals).</param>
/// <param name="Source">Where the words are.</param>
public sealed record QuotaGroup(VulnerableGroup Group, string WordingKk, string? Note, SeedReference Source);

/// <summary>A limit: a share of the planned-hospitalization volume for one kind of organization.</summary>
/// <param name="Level">The kind of organization.</param>
/// <param name="Percent">The share, in whole percent (15, 10, 50, 30).</param>
/// <param name="Organizations">The law's words for the kind of organization (Russian unofficial).</param>
/// <param name="Source">Where the limit is.</param>
public sealed record QuotaLimit(QuotaLevel Level, int Percent, BilingualText Organizations, SeedReference Source);

/// <summary>A period in which ¶2 (the pandemic mode) is in force, both ends included.</summary>
/// <param name="From">First day.</param>
/// <param name="To">Last day.</param>
/// <param name="Basis">The act or decision that declared it (for the record).</param>
public sealed record PandemicPeriod(DateOnly From, DateOnly To, string Basis)
{
    public bool Contains(DateOnly date) => From <= date && date <= To;
}
