using Joldama.Application;
using Joldama.Application.Referrals.Worklists;
using Joldama.Data;
using Joldama.Domain.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Localization;

namespace Joldama.Web.Pages.Referrals;

/// <summary>The clinic's (or, §40, the hospital's) referrals: every case it prepared or follows, with deadline marks.</summary>
[Authorize(Policy = nameof(Permission.PrepareReferrals))]
public sealed class IndexModel(ReferralWorklist worklist, JoldamaDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> text)
    : WorklistPage(worklist, db, clock, text)
{
    public override string Path => "/referrals";

    public override string TitleKey => "referrals.clinic.title";

    public override string Tab => "list";

    protected override string DefaultShow => "all";
}
