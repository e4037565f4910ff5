using Joldama.Domain.Calendar;
using Joldama.Domain.Catalog;

namespace Joldama.Domain.Referrals;

/// <summary>
/// The terms of the referral procedure (seed 001 §35, §38, §39, §42), loaded from data
/// (<c>data/law/dsm-238-2020/referral-process.json</c>) so that a new order is a data change.
/// </summary>
/// <param name="CommissionReview">§35.1: the commission reviews the package within 2 working days of receipt.</param>
/// <param name="ProviderReview">§38: the provider reviews the referral within 2 working days of receipt and sets the date.</param>
/// <param name="InformPatient">§39 ¶1: the attachment clinic informs the patient of the date within 1 working day.</param>
/// <param name="AnnualReportQuarter">§42: the follow-up report is given in this quarter (1–4) of the year after the reporting year («есепті жылдан кейінгі бірінші тоқсанда»).</param>
/// <param name="Sources">Where each term is in the seed, by the parameter's name.</param>
public sealed record ReferralRules(
    WorkingDays CommissionReview,
    WorkingDays ProviderReview,
    WorkingDays InformPatient,
    int AnnualReportQuarter,
    IReadOnlyDictionary<string, SeedReference> Sources)
{
    /// <summary>The term of <paramref name="deadline"/>.</summary>
    public WorkingDays TermOf(ReferralDeadline deadline) => deadline switch
    {
        ReferralDeadline.CommissionReview => CommissionReview,
        ReferralDeadline.ProviderReview => ProviderReview,
        ReferralDeadline.InformPatient => InformPatient,
        _ => throw new ArgumentOutOfRangeException(nameof(deadline), deadline, "Unknown referral deadline."),
    };
}
