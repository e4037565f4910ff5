namespace Joldama.Application.Quotas;

/// <summary>A planned volume for a period of the head's organization, as a request gives it.</summary>
/// <param name="From">First day, YYYY-MM-DD.</param>
/// <param name="To">Last day, YYYY-MM-DD (both ends included).</param>
/// <param name="PlannedVolume">Planned hospitalizations in the period.</param>
public sealed record QuotaPeriodInput(string? From, string? To, int? PlannedVolume);

/// <summary>The head's decision as a request gives it.</summary>
/// <param name="PatientIin">The patient (any patient: the organization admits patients attached anywhere).</param>
/// <param name="Indication">The medical indication, in the head's words (§19: «медициналық көрсетілімдер болған кезде»).</param>
/// <param name="Groups">The §19 groups relied on (kebab-case); none: every group of the patient that the paragraph in force names.</param>
/// <param name="HtmcCode">The HTMC code, when the hospitalization is for one.</param>
public sealed record QuotaDecisionInput(string? PatientIin, string? Indication, IReadOnlyList<string>? Groups = null, string? HtmcCode = null);

/// <summary>A pandemic period as the ministry gives it.</summary>
/// <param name="From">First day, YYYY-MM-DD.</param>
/// <param name="To">Last day, YYYY-MM-DD.</param>
/// <param name="Basis">The act that declared it.</param>
public sealed record PandemicPeriodInput(string? From, string? To, string? Basis);
