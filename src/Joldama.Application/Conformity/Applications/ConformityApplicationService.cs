using Joldama.Application.Audit;
using Joldama.Application.Law;
using Joldama.Application.Shared;
using Joldama.Data;
using Joldama.Data.Conformity;
using Joldama.Domain.Access;
using Joldama.Domain.Audit;
using Joldama.Domain.Conformity;
using Joldama.Domain.Conformity.Workflow;
using Joldama.Domain.Shared;
using Microsoft.EntityFrameworkCore;

namespace Joldama.Application.Conformity.Applications;

/// <summary>
/// The conformity workflow (seed 001 §23–30): the provider files, the machine evaluates at once, the inspector
/// decides each criterion, the head signs (§27) and the conclusions are issued with their validity (§26) and a copy
/// for the Fund (§28). Every step is one transaction with its audit record.
/// </summary>
public sealed class ConformityApplicationService(
    JoldamaDbContext db, LawLibrary law, AuditLog audit, ConformityRecheck recheck, TimeProvider clock)
{
    public IQueryable<ConformityApplicationRecord> Visible(AccessScope scope)
    {
        return db.ConformityApplications.AsNoTracking().Include(a => a.Items).Within(scope);
    }

    public async Task<Result<ConformityApplicationRecord>> GetAsync(AccessScope scope, Guid id, CancellationToken cancellationToken = default)
    {
        var application = await Visible(scope).SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        return application is null ? new ApplicationNotFound(id) : application;
    }

    /// <summary>§23–25: files an application of the caller's organization and evaluates each code at once.</summary>
    public async Task<Result<ConformityApplicationRecord>> FileAsync(AccessScope scope, FileApplicationInput input, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (input?.ForYear is not { } year)
        {
            return new InputInvalid("forYear", string.Empty, "a year");
        }

        var today = clock.TodayInKazakhstan();
        var kind = FilingWindow.Check(law.Conformity, today, year, input.FirstTime);
        if (kind.IsError)
        {
            return kind.Error;
        }

        var items = await ValidateItemsAsync(scope, input, today, cancellationToken);
        if (items.IsError)
        {
            return items.Error;
        }

        return await RegisterAsync(scope, year, kind.Value, items.Value, null, actor, cancellationToken);
    }

    /// <summary>§26.4, §30: a request to re-issue a valid conclusion, evaluated like an application, decided within 30 calendar days.</summary>
    public async Task<Result<ConformityApplicationRecord>> RequestReissueAsync(AccessScope scope, ReissueInput input, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(input);
        var today = clock.TodayInKazakhstan();
        var conclusion = await db.Conclusions.AsNoTracking().SingleOrDefaultAsync(c => c.Id == input.ConclusionId && c.OrganizationId == scope.OrganizationId, cancellationToken);
        if (conclusion is null)
        {
            return new ConclusionNotFound(input.ConclusionId);
        }

        if (!conclusion.Positive || conclusion.Status == ConclusionStatus.Superseded || conclusion.ValidTo < today)
        {
            return new ConclusionNotReissuable(conclusion.Id);
        }

        if (await db.ConformityApplications.AnyAsync(
            a => a.ReissueOfConclusionId == conclusion.Id && (a.Status == ApplicationStatus.UnderReview || a.Status == ApplicationStatus.AwaitingSignature), cancellationToken))
        {
            return new ReissuePending(conclusion.Id);
        }

        if (!Enum.TryParse<ReissueReason>(input.Reason?.Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true, out var reason)
            || !Enum.IsDefined(reason) || int.TryParse(input.Reason, out _))
        {
            return new InputInvalid("reason", input.Reason ?? string.Empty, "reorganization|legal-form-change|legal-entity-replacement|trust-management-transfer|code-change|name-change");
        }

        var code = conclusion.Code;
        if (reason == ReissueReason.CodeChange)
        {
            if (string.IsNullOrWhiteSpace(input.NewCode))
            {
                return new NewCodeRequired();
            }

            code = input.NewCode.Trim();
            if (ConformityRecheck.CharacteristicOf(law.Catalog, code, today) is null)
            {
                return new CodeWithoutCharacteristic(code, today);
            }
        }

        var original = await db.ConformityApplicationItems.AsNoTracking().SingleAsync(i => i.Id == conclusion.ItemId, cancellationToken);
        var onStaff = await db.Specialists.Where(s => original.SpecialistIds.Contains(s.Id) && s.LeftOn == null).Select(s => s.Id).ToListAsync(cancellationToken);
        var inService = await db.Devices.Where(d => original.DeviceIds.Contains(d.Id) && d.RetiredOn == null).Select(d => d.Id).ToListAsync(cancellationToken);
        var item = new ConformityApplicationItemRecord
        {
            Id = Guid.NewGuid(), Code = code, PlannedVolume = original.PlannedVolume, SpecialistIds = onStaff, DeviceIds = inService, Facts = original.Facts,
        };
        var application = await db.ConformityApplications.AsNoTracking().SingleAsync(a => a.Id == conclusion.ApplicationId, cancellationToken);
        var reissue = (conclusion.Id, reason, string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim());
        if (reissue.Item3 is { Length: > 2000 })
        {
            return new InputInvalid("note", reissue.Item3[..40] + "…", "at most 2000 characters");
        }

        return await RegisterAsync(scope, application.ForYear, ApplicationKind.Reissue, [item], reissue, actor, cancellationToken);
    }

    /// <summary>§26.1: the inspector confirms or overrides the machine's finding on one criterion.</summary>
    public async Task<Result<ConformityApplicationRecord>> DecideAsync(AccessScope scope, Guid id, CriterionDecisionInput input, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var application = await TrackedAsync(scope, id, cancellationToken);
        if (application is null)
        {
            return new ApplicationNotFound(id);
        }

        var item = application.Items.SingleOrDefault(i => i.Id == input.ItemId);
        var criterion = item?.Criteria.SingleOrDefault(c => c.Index == input.Criterion);
        if (item is null || criterion is null)
        {
            return new InputInvalid("criterion", input.Criterion.ToString(System.Globalization.CultureInfo.InvariantCulture), "a criterion of an item of this application");
        }

        if (application.Status != ApplicationStatus.UnderReview)
        {
            return new ApplicationStateConflict(application.Status, "decide");
        }

        var review = CriterionReview.Decide(input.Criterion, criterion.MachineMet, input.Met, input.Justification);
        if (review.IsError)
        {
            return review.Error;
        }

        if (review.Value.Justification is { Length: > 2000 })
        {
            return new InputInvalid("justification", review.Value.Justification[..40] + "…", "at most 2000 characters");
        }

        // The criteria are one JSON value: replace the list so that the change is seen and saved.
        item.Criteria = [.. item.Criteria.Select(c => c.Index != input.Criterion ? c : new CriterionState
        {
            Index = c.Index, Kind = c.Kind, Code = c.Code, MachineMet = c.MachineMet, Reason = c.Reason, Args = c.Args, Notes = c.Notes,
            Met = review.Value.Met, Overrides = review.Value.Overrides, Justification = review.Value.Justification,
            DecidedBy = actor.UserId, DecidedAt = clock.GetUtcNow(),
        })];
        application.InspectorId = actor.UserId;
        return await StepAsync(application, "conformity_application.decide", actor, cancellationToken);
    }

    /// <summary>The inspector hands the evaluated application to the head for signature; every criterion must be decided.</summary>
    public async Task<Result<ConformityApplicationRecord>> SubmitForSignatureAsync(AccessScope scope, Guid id, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var application = await TrackedAsync(scope, id, cancellationToken);
        if (application is null)
        {
            return new ApplicationNotFound(id);
        }

        if (application.Status != ApplicationStatus.UnderReview)
        {
            return new ApplicationStateConflict(application.Status, "submit");
        }

        var undecided = application.Items.Sum(i => i.Criteria.Count(c => c.Met is null));
        if (undecided > 0)
        {
            return new CriteriaUndecided(undecided);
        }

        application.Status = ApplicationStatus.AwaitingSignature;
        application.SubmittedForSignatureAt = clock.GetUtcNow();
        application.InspectorId = actor.UserId;
        return await StepAsync(application, "conformity_application.submit", actor, cancellationToken);
    }

    /// <summary>The head sends the application back to the inspector with a comment.</summary>
    public async Task<Result<ConformityApplicationRecord>> ReturnAsync(AccessScope scope, Guid id, ReturnInput input, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var application = await TrackedAsync(scope, id, cancellationToken);
        if (application is null)
        {
            return new ApplicationNotFound(id);
        }

        if (application.Status != ApplicationStatus.AwaitingSignature)
        {
            return new ApplicationStateConflict(application.Status, "return");
        }

        var comment = input?.Comment?.Trim();
        if (string.IsNullOrEmpty(comment) || comment.Length > 2000)
        {
            return new InputInvalid("comment", comment is { Length: > 40 } ? comment[..40] + "…" : comment ?? string.Empty, "1..2000 characters");
        }

        application.Status = ApplicationStatus.UnderReview;
        application.ReturnComment = comment;
        return await StepAsync(application, "conformity_application.return", actor, cancellationToken);
    }

    /// <summary>The provider withdraws its application before it is signed.</summary>
    public async Task<Result<ConformityApplicationRecord>> WithdrawAsync(AccessScope scope, Guid id, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var application = await TrackedAsync(scope, id, cancellationToken);
        if (application is null || application.OrganizationId != scope.OrganizationId)
        {
            return new ApplicationNotFound(id);
        }

        if (application.Status is not (ApplicationStatus.UnderReview or ApplicationStatus.AwaitingSignature))
        {
            return new ApplicationStateConflict(application.Status, "withdraw");
        }

        application.Status = ApplicationStatus.Withdrawn;
        application.WithdrawnAt = clock.GetUtcNow();
        return await StepAsync(application, "conformity_application.withdraw", actor, cancellationToken);
    }

    /// <summary>
    /// §27: the head signs; one conclusion per code (App. 3), positive when every criterion is met, valid for the period
    /// of §26 (a re-issue keeps the period of the conclusion it replaces), its copy available to the Fund at once (§28).
    /// </summary>
    public async Task<Result<IReadOnlyList<ConclusionRecord>>> SignAsync(AccessScope scope, Guid id, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var application = await TrackedAsync(scope, id, cancellationToken);
        if (application is null)
        {
            return new ApplicationNotFound(id);
        }

        if (application.Status != ApplicationStatus.AwaitingSignature)
        {
            return new ApplicationStateConflict(application.Status, "sign");
        }

        if (application.InspectorId == actor.UserId)
        {
            return new SignerWasInspector();
        }

        var now = clock.GetUtcNow();
        var today = clock.TodayInKazakhstan();
        var signerName = await db.Users.Where(u => u.Id == actor.UserId).Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken) ?? actor.Login;
        var replaced = application.ReissueOfConclusionId is { } previousId
            ? await db.Conclusions.SingleAsync(c => c.Id == previousId, cancellationToken)
            : null;
        var conclusions = new List<ConclusionRecord>();
        foreach (var item in application.Items)
        {
            var positive = item.Criteria.All(c => c.Met == true);
            var validity = replaced is not null
                ? new ValidityPeriod(replaced.ValidFrom!.Value, replaced.ValidTo!.Value)
                : ValidityPeriod.For(law.Conformity, application.ForYear, application.ReceivedOn);
            var conclusionId = Guid.NewGuid();
            conclusions.Add(new ConclusionRecord
            {
                Id = conclusionId,
                Number = ApplicationNumbers.Conclusion(application.ForYear, conclusionId),
                ApplicationId = application.Id,
                ItemId = item.Id,
                OrganizationId = application.OrganizationId,
                RegionCode = application.RegionCode,
                Code = item.Code,
                Positive = positive,
                ValidFrom = positive ? validity.From : null,
                ValidTo = positive ? validity.To : null,
                Status = ConclusionStatus.Valid,
                SignedBy = actor.UserId ?? Guid.Empty,
                SignedByName = signerName,
                SignedAt = now,
                SignedOn = today,
                Criteria = item.Criteria,
                SupersedesId = replaced?.Id,
                ReissueReason = application.ReissueReason,
                FundCopyAt = positive ? now : null,
            });
        }

        application.Status = ApplicationStatus.Concluded;
        application.SignedBy = actor.UserId;
        application.SignedAt = now;
        application.Version++;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Conclusions.AddRange(conclusions);
        if (replaced is not null && conclusions.Exists(c => c.Positive))
        {
            replaced.Status = ConclusionStatus.Superseded;
            replaced.SupersededById = conclusions[0].Id;
            replaced.Version++;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new ChangedMeanwhile("application");
        }

        await audit.AppendAsync(actor, "conformity_application.sign", "conformity_application", application.Id.ToString(), null, AuditOutcome.Allowed, cancellationToken);
        foreach (var conclusion in conclusions)
        {
            await audit.AppendAsync(actor, "conclusion.issue", "conclusion", conclusion.Id.ToString(), null, AuditOutcome.Allowed, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return conclusions;
    }

    private async Task<Result<List<ConformityApplicationItemRecord>>> ValidateItemsAsync(
        AccessScope scope, FileApplicationInput input, DateOnly today, CancellationToken cancellationToken)
    {
        var inputs = input.Items ?? [];
        if (inputs.Count == 0)
        {
            return new ApplicationCodesInvalid("no code");
        }

        var codes = inputs.Select(i => i.Code?.Trim() ?? string.Empty).ToList();
        if (codes.Distinct(StringComparer.Ordinal).Count() != codes.Count)
        {
            return new ApplicationCodesInvalid("a code is named twice");
        }

        var held = await db.Conclusions.Where(c => c.OrganizationId == scope.OrganizationId && codes.Contains(c.Code)).Select(c => c.Code).ToListAsync(cancellationToken);
        var staff = await db.Specialists.Where(s => s.OrganizationId == scope.OrganizationId && s.LeftOn == null).Select(s => s.Id).ToListAsync(cancellationToken);
        var equipment = await db.Devices.Where(d => d.OrganizationId == scope.OrganizationId && d.RetiredOn == null).Select(d => d.Id).ToListAsync(cancellationToken);
        var items = new List<ConformityApplicationItemRecord>();
        foreach (var (entry, code) in inputs.Zip(codes))
        {
            if (ConformityRecheck.CharacteristicOf(law.Catalog, code, today) is null)
            {
                return new CodeWithoutCharacteristic(code, today);
            }

            if (input.FirstTime && held.Contains(code, StringComparer.Ordinal))
            {
                return new NotFirstTime(code);
            }

            if (!input.FirstTime && entry.PlannedVolume is null)
            {
                return new PlannedVolumeRequired(code);
            }

            if (entry.PlannedVolume is < 0 or > 1_000_000)
            {
                return new InputInvalid("plannedVolume", entry.PlannedVolume.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), "0..1000000");
            }

            var specialists = (entry.SpecialistIds ?? []).Distinct().ToList();
            var devices = (entry.DeviceIds ?? []).Distinct().ToList();
            if (specialists.FirstOrDefault(s => !staff.Contains(s)) is var s1 && s1 != Guid.Empty)
            {
                return new ResourceNotAvailable("specialist", s1);
            }

            if (devices.FirstOrDefault(d => !equipment.Contains(d)) is var d1 && d1 != Guid.Empty)
            {
                return new ResourceNotAvailable("device", d1);
            }

            var facts = Facts(entry.Facts);
            if (facts.IsError)
            {
                return facts.Error;
            }

            items.Add(new ConformityApplicationItemRecord
            {
                Id = Guid.NewGuid(), Code = code, PlannedVolume = input.FirstTime ? null : entry.PlannedVolume,
                SpecialistIds = specialists, DeviceIds = devices, Facts = facts.Value,
            });
        }

        return items;
    }

    private static Result<OrganizationFacts?> Facts(OrganizationFactsInput? input)
    {
        if (input is null)
        {
            return Result<OrganizationFacts?>.Success(null);
        }

        decimal? Bad(decimal? value, decimal max) => value is not { } v || v < 0 || v > max ? value ?? -1 : null;
        if (Bad(input.YearsInIvf, 100) is not null || Bad(input.CyclesPerYear, 1_000_000) is not null
            || Bad(input.PregnancyRatePercent, 100) is not null || Bad(input.BirthRatePercent, 100) is not null)
        {
            return new InputInvalid("facts", string.Empty, "yearsInIvf 0..100, cyclesPerYear ≥ 0, rates 0..100 %");
        }

        return new OrganizationFacts(input.YearsInIvf!.Value, input.CyclesPerYear!.Value, input.PregnancyRatePercent!.Value, input.BirthRatePercent!.Value);
    }

    private async Task<Result<ConformityApplicationRecord>> RegisterAsync(
        AccessScope scope, int year, ApplicationKind kind, List<ConformityApplicationItemRecord> items,
        (Guid Conclusion, ReissueReason Reason, string? Note)? reissue, AuditActor actor, CancellationToken cancellationToken)
    {
        var today = clock.TodayInKazakhstan();
        var due = Deadlines.ReviewDue(law.Calendar, law.Conformity, kind, today);
        if (due.IsError)
        {
            return due.Error;
        }

        var organization = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == scope.OrganizationId, cancellationToken);
        foreach (var item in items)
        {
            var report = await recheck.EvaluateAsync(item, item.Code, today, cancellationToken);
            item.EvaluatedOn = today;
            item.Criteria = report is null ? [] : ResourceMapping.ToStates(report);
        }

        var id = Guid.NewGuid();
        var application = new ConformityApplicationRecord
        {
            Id = id,
            Number = ApplicationNumbers.Application(year, id),
            OrganizationId = organization.Id,
            RegionCode = organization.RegionCode,
            ForYear = year,
            Kind = kind,
            ReissueOfConclusionId = reissue?.Conclusion,
            ReissueReason = reissue?.Reason,
            ReissueNote = reissue?.Note,
            FiledBy = actor.UserId ?? Guid.Empty,
            FiledAt = clock.GetUtcNow(),
            ReceivedOn = today,
            ReviewDueOn = due.Value,
            Status = ApplicationStatus.UnderReview,
            Items = items,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.ConformityApplications.Add(application);
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(actor, kind == ApplicationKind.Reissue ? "conformity_application.reissue" : "conformity_application.file",
            "conformity_application", id.ToString(), null, AuditOutcome.Allowed, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return application;
    }

    private async Task<Result<ConformityApplicationRecord>> StepAsync(ConformityApplicationRecord application, string action, AuditActor actor, CancellationToken cancellationToken)
    {
        application.Version++;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new ChangedMeanwhile("application");
        }

        await audit.AppendAsync(actor, action, "conformity_application", application.Id.ToString(), null, AuditOutcome.Allowed, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return application;
    }

    private async Task<ConformityApplicationRecord?> TrackedAsync(AccessScope scope, Guid id, CancellationToken cancellationToken)
    {
        var visible = await Visible(scope).AnyAsync(a => a.Id == id, cancellationToken);
        return visible ? await db.ConformityApplications.Include(a => a.Items).SingleAsync(a => a.Id == id, cancellationToken) : null;
    }
}
