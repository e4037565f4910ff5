namespace Joldama.Web.Pages.Conformity;

/// <summary>What the specialist form partial shows: the rows, the problem and the input it concerns, the specialties to pick from.</summary>
public sealed record SpecialistFormView(SpecialistForm Form, string? Problem, string? ProblemField, IReadOnlyList<string> Specialties, string SubmitText);
