using Joldama.Domain.Catalog;

namespace Joldama.Domain.Funding;

/// <summary>The question: who pays for <paramref name="Code"/>, in this form, on this date, for an insured or uninsured patient.</summary>
public sealed record FundingCase(HtmcCode Code, Hospitalization Form, DateOnly Date, bool Insured);
