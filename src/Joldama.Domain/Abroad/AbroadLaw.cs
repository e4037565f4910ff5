using Joldama.Domain.Calendar;
using Joldama.Domain.Catalog;

namespace Joldama.Domain.Abroad;

/// <summary>A place in a seed and the words there that a row rests on (a test checks the words are in the lines).</summary>
public sealed record SeedQuote(SeedReference Reference, string Quote);

/// <summary>One seed's wording of a disease: seed 003 in Russian, seed 004 in Kazakh.</summary>
public sealed record IndicationWording(string Text, SeedQuote Source);

/// <summary>
/// A disease for which the state sends a citizen abroad. <see cref="Seed003"/> or <see cref="Seed004"/> is null
/// where that seed does not list it; <see cref="Name"/> is the seeds' wording, with an unofficial translation for
/// the language whose seed lacks the row; <see cref="Note"/> records how the two seeds differ.
/// </summary>
public sealed record AbroadIndication(
    string Id, bool Transplantation, IndicationWording? Seed003, IndicationWording? Seed004, BilingualText Name, string? Note)
{
    /// <summary>Listed by one seed only (the laryngeal and oesophageal stenoses).</summary>
    public bool InOneSeedOnly => Seed003 is null || Seed004 is null;
}

/// <summary>A category of citizens; <see cref="AgeBelow"/> (exclusive) and <see cref="AgeFrom"/> bound the child's age.</summary>
public sealed record AbroadCategoryRule(AbroadCategory Category, BilingualText Text, int? AgeFrom, int? AgeBelow, SeedQuote Source, string? Note);

/// <summary>A priority group of seed 004.</summary>
public sealed record AbroadPriorityRule(AbroadPriorityGroup Group, BilingualText Text, SeedQuote Source);

/// <summary>An exclusion from payment by the budget.</summary>
public sealed record AbroadExclusionRule(AbroadExclusion Exclusion, BilingualText Text, SeedQuote Source);

/// <summary>A document seed 004 says a referral abroad requires.</summary>
public sealed record AbroadRequiredDocument(AbroadDocument Document, BilingualText Text, SeedQuote Source);

/// <summary>
/// The law of treatment abroad at budget expense (order МЗСР No. 544 as seeds 003 and 004 present it), loaded from
/// <c>data/law/mzsr-544-2015/</c>: eligibility and the two schemes. <see cref="ActiveSchemeId"/> is the data file's
/// <c>activeScheme</c>: switching to the proposed scheme is a data change.
/// </summary>
public sealed record AbroadLaw(
    SeedQuote Basis,
    IReadOnlyList<AbroadIndication> Indications,
    IReadOnlyList<AbroadCategoryRule> Categories,
    IReadOnlyList<AbroadPriorityRule> PriorityGroups,
    IReadOnlyList<AbroadExclusionRule> Exclusions,
    IReadOnlyList<AbroadRequiredDocument> RequiredDocuments,
    IReadOnlyList<AbroadScheme> Schemes,
    string ActiveSchemeId)
{
    public AbroadScheme Active => Scheme(ActiveSchemeId);

    public AbroadScheme Scheme(string id) =>
        Schemes.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.Ordinal))
        ?? throw new ArgumentOutOfRangeException(nameof(id), id, "No such scheme.");

    public AbroadIndication? Indication(string id) => Indications.FirstOrDefault(i => string.Equals(i.Id, id, StringComparison.Ordinal));

    public AbroadCategoryRule Category(AbroadCategory category) => Categories.First(c => c.Category == category);

    public AbroadExclusionRule Exclusion(AbroadExclusion exclusion) => Exclusions.First(e => e.Exclusion == exclusion);
}

/// <summary>One step of a scheme: who acts, to whom, what it sends or does, the documents, and its term (null: «—», none).</summary>
public sealed record AbroadStep(
    int Number, AbroadActor Actor, AbroadActor? To, BilingualText Does, IReadOnlyList<AbroadDocument> Documents, WorkingDays? Deadline, SeedQuote Source, string? Note);

/// <summary>A scheme of sending citizens abroad: its steps in order and the total the seed states.</summary>
public sealed record AbroadScheme(string Id, BilingualText Title, IReadOnlyList<AbroadStep> Steps, WorkingDays StatedTotal, SeedQuote TotalSource, SeedQuote Source, string? Note)
{
    public AbroadStep Step(int number) =>
        Steps.FirstOrDefault(s => s.Number == number) ?? throw new ArgumentOutOfRangeException(nameof(number), number, $"Scheme {Id} has no such step.");
}
