using Joldama.Domain.Calendar;
using Joldama.Domain.Referrals;

namespace Joldama.Application.Law;

/// <summary>Loads the referral deadlines (seed 001 §35.1, §38, §39) and the quarter of the follow-up report (§42) from <c>dsm-238-2020/referral-process.json</c>.</summary>
public static class ReferralRulesLoader
{
    public const string File = "dsm-238-2020/referral-process.json";

    public static ReferralRules Load(string lawDirectory)
    {
        var path = Path.Combine(lawDirectory, File);
        var name = Path.GetFileName(path);
        var dto = LawJson.Read<ReferralFileDto>(path);
        var terms = new ProcessTerms(name, new RowReader(name, "file").Text(dto.Seed, "seed"));
        return new ReferralRules(
            new WorkingDays(terms.Positive(dto.CommissionReviewWorkingDays, "commissionReviewWorkingDays")),
            new WorkingDays(terms.Positive(dto.ProviderReviewWorkingDays, "providerReviewWorkingDays")),
            new WorkingDays(terms.Positive(dto.InformPatientWorkingDays, "informPatientWorkingDays")),
            terms.Quarter(dto.AnnualReportQuarter, "annualReportQuarter"),
            terms.Sources);
    }

    private sealed record ReferralFileDto(
        string? Act, string? Seed, TermDto<int?>? CommissionReviewWorkingDays, TermDto<int?>? ProviderReviewWorkingDays, TermDto<int?>? InformPatientWorkingDays,
        TermDto<int?>? AnnualReportQuarter);
}
