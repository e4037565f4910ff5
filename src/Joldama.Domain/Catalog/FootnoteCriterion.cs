namespace Joldama.Domain.Catalog;

/// <summary>A numeric criterion of an Appendix 2 footnote, e.g. at least 300 IVF cycles a year.</summary>
public sealed record FootnoteCriterion(string Kind, decimal Min, string Unit);
