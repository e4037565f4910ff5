using System.Globalization;
using Joldama.Application.Abroad.Notifications;
using Joldama.Application.Audit;
using Joldama.Application.Law;
using Joldama.Application.Shared;
using Joldama.Data;
using Joldama.Data.Abroad;
using Joldama.Domain.Abroad;
using Joldama.Domain.Abroad.Cases;
using Joldama.Domain.Access;
using Joldama.Domain.Audit;
using Joldama.Domain.Shared;
using Microsoft.EntityFrameworkCore;

namespace Joldama.Application.Abroad.Workflow;

/// <summary>
/// Moves an abroad case along its scheme, one step at a time: the step's actor completes it when the case holds what
/// the step asks for (<see cref="AbroadStepCheck"/>), or refuses the case with a reason. One transaction holds the case,
/// the step record, the patient's notices and the audit record. The step that sends the clinic list to the commission
/// puts the case on the next session's agenda (or leaves it waiting for one); the commission's term runs from the session.
/// </summary>
public sealed class AbroadStepService(JoldamaDbContext db, LawLibrary law, AbroadNotices notices, AuditLog audit, TimeProvider clock)
{
    public async Task<Result<AbroadCaseRecord>> CompleteAsync(
        AccessScope scope, Guid id, AbroadStepInput input, int? expectedVersion, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var opened = await OpenAsync(scope, id, input.Step, expectedVersion, "complete", cancellationToken);
        if (opened.IsError)
        {
            return opened.Error;
        }

        var (record, scheme, step) = opened.Value;
        var recorded = await RecordStepValuesAsync(record, step, input, cancellationToken);
        if (recorded.IsError)
        {
            return recorded.Error;
        }

        var comment = InputText.Optional(input.Comment, "comment", 2000);
        if (comment.IsError)
        {
            return comment.Error;
        }

        var outcome = AbroadStepCheck.Complete(law.Abroad, scheme, step, await AbroadFacts.OfAsync(db, record, clock.TodayInKazakhstan(), cancellationToken));
        if (outcome.IsError)
        {
            return outcome.Error;
        }

        var now = clock.GetUtcNow();
        var patient = await db.Patients.AsNoTracking().SingleAsync(p => p.Id == record.PatientId, cancellationToken);
        db.AbroadSteps.Add(StepRow(record, step, scope, actor, now, outcome.Value == AbroadStepOutcome.Refuse ? "refused" : "completed", comment.Value, recorded.Value));
        if (outcome.Value == AbroadStepOutcome.Refuse)
        {
            Close(record, AbroadCaseStatus.Refused, now);
            record.RefusalReason = comment.Value ?? "not-expedient";
            notices.Enqueue(record, patient, AbroadNotice.Refused);
        }
        else if (step.Number == scheme.Steps[^1].Number)
        {
            Close(record, AbroadCaseStatus.Contracted, now);
            notices.Enqueue(record, patient, AbroadNotice.Contracted, await SelectedClinicAsync(record, cancellationToken));
        }
        else
        {
            await AdvanceAsync(record, scheme, step, patient, now, cancellationToken);
            if (AbroadStepRules.IsCommissionStep(step))
            {
                notices.Enqueue(record, patient, AbroadNotice.Selected, await SelectedClinicAsync(record, cancellationToken));
            }
        }

        return await SaveAsync(record, actor, "abroad.step-" + step.Number.ToString(CultureInfo.InvariantCulture), patient.Iin, cancellationToken);
    }

    /// <summary>The actor of the current step ends the case: the reason is required and kept, the patient is told.</summary>
    public async Task<Result<AbroadCaseRecord>> RefuseAsync(
        AccessScope scope, Guid id, int? stepNumber, string? reason, int? expectedVersion, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var opened = await OpenAsync(scope, id, stepNumber, expectedVersion, "refuse", cancellationToken);
        if (opened.IsError)
        {
            return opened.Error;
        }

        var why = InputText.Required(reason, "reason", 2000);
        if (why.IsError)
        {
            return why.Error;
        }

        var (record, _, step) = opened.Value;
        var now = clock.GetUtcNow();
        db.AbroadSteps.Add(StepRow(record, step, scope, actor, now, "refused", why.Value, []));
        Close(record, AbroadCaseStatus.Refused, now);
        record.RefusalReason = why.Value;
        var patient = await db.Patients.AsNoTracking().SingleAsync(p => p.Id == record.PatientId, cancellationToken);
        notices.Enqueue(record, patient, AbroadNotice.Refused);
        return await SaveAsync(record, actor, "abroad.refuse", patient.Iin, cancellationToken);
    }

    /// <summary>The case within reach, open, at the step the caller names, unchanged since read, and the caller its step's actor.</summary>
    private async Task<Result<(AbroadCaseRecord Record, AbroadScheme Scheme, AbroadStep Step)>> OpenAsync(
        AccessScope scope, Guid id, int? stepNumber, int? expectedVersion, string action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var record = await db.AbroadCases.Within(scope, db).SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (record is null)
        {
            return new AbroadCaseNotFound(id);
        }

        if (record.Status != AbroadCaseStatus.InProgress)
        {
            return new AbroadCaseClosed();
        }

        if (stepNumber is null)
        {
            return new InputInvalid("step", string.Empty, "the number of the current step");
        }

        if (stepNumber != record.CurrentStep)
        {
            return new AbroadStepNotCurrent(stepNumber.Value, record.CurrentStep);
        }

        if (expectedVersion is { } expected && expected != record.Version)
        {
            return new AbroadChangedMeanwhile(record.Version);
        }

        var scheme = law.Abroad.Scheme(record.SchemeId);
        var step = scheme.Step(record.CurrentStep);
        return scope.ActsFor(step.Actor, record) ? (record, scheme, step) : new AbroadStepNotPermitted(action);
    }

    /// <summary>Writes what the step itself records (the verdict, the selection, the contract) onto the case; returns it for the step row.</summary>
    private async Task<Result<Dictionary<string, string>>> RecordStepValuesAsync(AbroadCaseRecord record, AbroadStep step, AbroadStepInput input, CancellationToken cancellationToken)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (step.Documents.Contains(AbroadDocument.ExpediencyConclusion) && input.Expedient is { } expedient)
        {
            record.Expedient = expedient;
            values["expedient"] = expedient ? "true" : "false";
        }

        if (step.Documents.Contains(AbroadDocument.ClinicSelection))
        {
            var selected = await SelectAsync(record, input, cancellationToken);
            if (selected.IsError)
            {
                return selected.Error;
            }

            values["offerId"] = selected.Value.ToString();
            values["protocolNumber"] = record.SelectionProtocolNumber ?? string.Empty;
        }

        if (step.Documents.Contains(AbroadDocument.Contract))
        {
            var contract = await ContractAsync(record, input, cancellationToken);
            if (contract.IsError)
            {
                return contract.Error;
            }

            values["contractNumber"] = record.ContractNumber!;
            values["contractAmount"] = string.Create(CultureInfo.InvariantCulture, $"{record.ContractAmount} {record.ContractCurrency}");
        }

        return values;
    }

    private async Task<Result<Guid>> SelectAsync(AbroadCaseRecord record, AbroadStepInput input, CancellationToken cancellationToken)
    {
        var offer = input.OfferId is { } offerId ? await db.AbroadOffers.AsNoTracking().SingleOrDefaultAsync(o => o.Id == offerId && o.CaseId == record.Id, cancellationToken) : null;
        if (offer is null)
        {
            return new AbroadOfferNotFound(input.OfferId ?? Guid.Empty);
        }

        if (offer.Declined || offer.Amount is null)
        {
            return new AbroadOfferNotAnswered();
        }

        if (!input.PatientAgreed)
        {
            return new AbroadPatientAgreementRequired();
        }

        var protocol = InputText.Required(input.ProtocolNumber, "protocolNumber", 60);
        if (protocol.IsError)
        {
            return protocol.Error;
        }

        record.SelectedOfferId = offer.Id;
        record.PatientAgreedOn = clock.TodayInKazakhstan();
        record.SelectionProtocolNumber = protocol.Value;
        return offer.Id;
    }

    private async Task<Result<bool>> ContractAsync(AbroadCaseRecord record, AbroadStepInput input, CancellationToken cancellationToken)
    {
        var number = InputText.Required(input.ContractNumber, "contractNumber", 60);
        if (number.IsError)
        {
            return number.Error;
        }

        var date = InputDates.Parse(input.ContractDate, "contractDate");
        if (date.IsError)
        {
            return date.Error;
        }

        var amount = MoneyInput.Amount(input.ContractAmount, "contractAmount");
        if (amount.IsError)
        {
            return amount.Error;
        }

        var offerCurrency = record.SelectedOfferId is { } selected
            ? await db.AbroadOffers.Where(o => o.Id == selected).Select(o => o.Currency).SingleOrDefaultAsync(cancellationToken)
            : null;
        var currency = MoneyInput.Currency(string.IsNullOrWhiteSpace(input.ContractCurrency) ? offerCurrency : input.ContractCurrency, "contractCurrency");
        if (currency.IsError)
        {
            return currency.Error;
        }

        var person = InputText.Optional(input.AccompanyingPerson, "accompanyingPerson", 200);
        if (person.IsError)
        {
            return person.Error;
        }

        record.ContractNumber = number.Value;
        record.ContractDate = date.Value;
        record.ContractAmount = amount.Value;
        record.ContractCurrency = currency.Value;
        record.AccompanyingPerson = person.Value;
        return true;
    }

    /// <summary>The next step starts now; after the list is sent, the commission's step waits for its session.</summary>
    private async Task AdvanceAsync(AbroadCaseRecord record, AbroadScheme scheme, AbroadStep done, Data.Patients.PatientRecord patient, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var next = scheme.Step(done.Number + 1);
        record.CurrentStep = next.Number;
        record.StepSince = now;
        record.EscalatedAt = null;
        record.Version++;
        if (!AbroadStepRules.IsCommissionStep(next))
        {
            record.DueOn = AbroadSchedule.DueOf(law, next, now);
            return;
        }

        var sessions = await db.AbroadSessions.AsNoTracking().Select(s => new CommissionSession(s.Id, s.Date, s.Kind)).ToListAsync(cancellationToken);
        var session = CommissionCalendar.NextFor(sessions, clock.TodayInKazakhstan(), record.ContinuationOfTreatment);
        record.SessionId = session?.Id;
        record.DueOn = session is null ? null : AbroadSchedule.DueFromSession(law, next, session.Date);
        if (session is not null)
        {
            notices.Enqueue(record, patient, AbroadNotice.OnAgenda, date: session.Date);
        }
    }

    private static void Close(AbroadCaseRecord record, AbroadCaseStatus status, DateTimeOffset now)
    {
        record.Status = status;
        record.StepSince = now;
        record.DueOn = null;
        record.EscalatedAt = null;
        record.Version++;
    }

    private async Task<string?> SelectedClinicAsync(AbroadCaseRecord record, CancellationToken cancellationToken) =>
        record.SelectedOfferId is { } selected
            ? await db.AbroadOffers.Where(o => o.Id == selected).Select(o => o.ClinicName).SingleOrDefaultAsync(cancellationToken)
            : null;

    private static AbroadStepRecord StepRow(
        AbroadCaseRecord record, AbroadStep step, AccessScope scope, AuditActor actor, DateTimeOffset now, string outcome, string? comment, Dictionary<string, string> values) => new()
    {
        Id = Guid.NewGuid(), CaseId = record.Id, Step = step.Number, Actor = step.Actor, Outcome = outcome, UserId = scope.UserId, Login = actor.Login,
        OrganizationId = scope.OrganizationId, At = now, DueOn = record.DueOn, Comment = comment, Values = values,
    };

    private async Task<Result<AbroadCaseRecord>> SaveAsync(AbroadCaseRecord record, AuditActor actor, string action, string iin, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (!DatabaseFaults.IsUnavailable(exception) && (exception is DbUpdateConcurrencyException || IsDuplicateStep(exception)))
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return new AbroadChangedMeanwhile(await db.AbroadCases.Where(c => c.Id == record.Id).Select(c => c.Version).SingleAsync(cancellationToken));
        }

        await audit.AppendAsync(actor, action, "abroad", record.Id.ToString(), iin, AuditOutcome.Allowed, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return record;
    }

    /// <summary>The unique (case, step) index: another request completed the same step first.</summary>
    private static bool IsDuplicateStep(DbUpdateException exception) =>
        exception.InnerException?.Message.Contains("abroad_steps", StringComparison.OrdinalIgnoreCase) == true
        || exception.InnerException?.Message.Contains("UNIQUE", StringComparison.OrdinalIgnoreCase) == true;
}
