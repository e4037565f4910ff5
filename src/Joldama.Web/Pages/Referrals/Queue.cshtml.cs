using Joldama.Application;
using Joldama.Application.Referrals.Worklists;
using Joldama.Data;
using Joldama.Domain.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Localization;

namespace Joldama.Web.Pages.Referrals;

/// <summary>§32–36: the commission's queue of its region — packages to decide (2 working days, §35.1) and decisions to register.</summary>
[Authorize(Policy = nameof(Permission.DecideReferrals))]
public sealed class QueueModel(ReferralWorklist worklist, JoldamaDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> text)
    : WorklistPage(worklist, db, clock, text)
{
    public override string Path => "/referrals/queue";

    public override string TitleKey => "referrals.queue.title";

    public override string Tab => "queue";

    protected override string DefaultShow => "open";
}
