using Joldama.Application.Law;
using Joldama.Data.Organizations;

namespace Joldama.Application.Generation;

/// <summary>What generated cases are drawn from: the regions with their organizations, the national providers, the codes and "now".</summary>
internal sealed record GenerationWorld(
    IReadOnlyList<RegionPool> Regions, IReadOnlyList<Organization> NationalProviders, IReadOnlyList<CodeFunding> Codes, DateTimeOffset Now, LawLibrary Law);

/// <summary>A region: its attachment clinics, its HTMC provider (also the hospital of the in-patient route) and its health department (the commission).</summary>
internal sealed record RegionPool(string Code, int Weight, IReadOnlyList<Organization> Clinics, Organization Provider, Organization Department);

/// <summary>A code with the funding decision for an insured and for an uninsured patient (the same rules a new case is judged by).</summary>
internal sealed record CodeFunding(string Code, FundingText Insured, FundingText Uninsured);

internal sealed record FundingText(string? Stream, bool Covered, string Kk, string Ru);
