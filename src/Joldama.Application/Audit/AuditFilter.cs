namespace Joldama.Application.Audit;

/// <summary>What the auditor searches by; every field optional. Dates are Kazakhstan calendar dates, inclusive.</summary>
public sealed record AuditFilter(DateOnly? From, DateOnly? To, string? PatientIin, string? Login, string? Action, string? Outcome);
