using Joldama.Domain.Funding;

namespace Joldama.Domain.Catalog;

/// <summary>One of the three tables of the list of HTMC types (seed 000).</summary>
/// <param name="Table">1: ГОБМП, emergency; 2: ГОБМП and ОСМС, planned; 3: ОСМС, planned.</param>
public sealed record HtmcList(
    int Table,
    BilingualText Title,
    Hospitalization Hospitalization,
    IReadOnlyList<FundingStream> Streams,
    LegalAct Act,
    SeedReference Source);
