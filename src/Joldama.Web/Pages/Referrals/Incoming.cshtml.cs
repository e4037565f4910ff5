using Joldama.Application;
using Joldama.Application.Referrals.Worklists;
using Joldama.Data;
using Joldama.Domain.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Localization;

namespace Joldama.Web.Pages.Referrals;

/// <summary>§38, §41: the referrals registered to this provider — to set the date (2 working days), admit and discharge.</summary>
[Authorize(Policy = nameof(Permission.HandleReferrals))]
public sealed class IncomingModel(ReferralWorklist worklist, JoldamaDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> text)
    : WorklistPage(worklist, db, clock, text)
{
    public override string Path => "/referrals/incoming";

    public override string TitleKey => "referrals.incoming.title";

    public override string Tab => "incoming";

    protected override string DefaultShow => "open";
}
