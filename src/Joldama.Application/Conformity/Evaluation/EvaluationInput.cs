using Joldama.Domain.Catalog;
using Joldama.Domain.Conformity;

namespace Joldama.Application.Conformity.Evaluation;

/// <summary>A valid request: the date, the characteristics to read the provider against (in order), and what the provider has.</summary>
public sealed record EvaluationInput(DateOnly On, IReadOnlyList<Characteristic> Characteristics, ProviderResources Resources);
