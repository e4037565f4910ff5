using Joldama.Application.Calendar;
using Joldama.Application.Organizations;
using Joldama.Domain.Abroad;
using Joldama.Domain.Calendar;
using Joldama.Domain.Catalog;
using Joldama.Domain.Conformity.Workflow;
using Joldama.Domain.Quotas;
using Joldama.Domain.Referrals;
using Joldama.Domain.Funding;

namespace Joldama.Application.Law;

/// <summary>
/// The law Joldama runs on, loaded once at start from the data folder: the HTMC catalog, the
/// working-day calendar, the regions, and the funding decider over them. Immutable and shared by every request.
/// </summary>
public sealed class LawLibrary
{
    public LawLibrary(HtmcCatalog catalog, WorkingCalendar calendar, RegionRegistry regions, ConformityRules conformity, ReferralRules referrals, AbroadLaw abroad, QuotaRules quotas)
    {
        Abroad = abroad;
        Quotas = quotas;
        Conformity = conformity;
        Referrals = referrals;
        Catalog = catalog;
        Calendar = calendar;
        Regions = regions;
        Funding = new FundingDecider(catalog);
    }

    /// <summary>The data folder copied beside the program at build time.</summary>
    public static string DefaultDataDirectory => Path.Combine(AppContext.BaseDirectory, "data");

    public HtmcCatalog Catalog { get; }

    public WorkingCalendar Calendar { get; }

    public FundingDecider Funding { get; }

    public RegionRegistry Regions { get; }

    /// <summary>The terms of the conformity procedure (seed 001 §23–30).</summary>
    public ConformityRules Conformity { get; }

    /// <summary>The referral deadlines (seed 001 §35.1, §38, §39).</summary>
    public ReferralRules Referrals { get; }

    /// <summary>Treatment abroad at budget expense (order No. 544, seeds 003 and 004): eligibility and the two schemes.</summary>
    public AbroadLaw Abroad { get; }

    /// <summary>The quotas for vulnerable groups (seed 001 §19) and the configured pandemic periods.</summary>
    public QuotaRules Quotas { get; }

    /// <summary>Loads <c>law/</c> and <c>calendar/</c> under <paramref name="dataDirectory"/>; throws <see cref="LawDataException"/> on a broken file.</summary>
    public static LawLibrary Load(string? dataDirectory = null)
    {
        var root = dataDirectory ?? DefaultDataDirectory;
        return new LawLibrary(
            CatalogLoader.Load(Path.Combine(root, "law")),
            CalendarDataLoader.Load(Path.Combine(root, "calendar")),
            RegionRegistry.Load(root),
            ConformityRulesLoader.Load(Path.Combine(root, "law")),
            ReferralRulesLoader.Load(Path.Combine(root, "law")),
            AbroadRulesLoader.Load(Path.Combine(root, "law")),
            QuotaRulesLoader.Load(Path.Combine(root, "law")));
    }
}
