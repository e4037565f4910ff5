using Joldama.Application.Abroad.Workflow;
using Joldama.Application.Audit;
using Joldama.Application.Law;
using Joldama.Application.Patients;
using Joldama.Application.Shared;
using Joldama.Data;
using Joldama.Data.Abroad;
using Joldama.Domain.Abroad.Cases;
using Joldama.Domain.Access;
using Joldama.Domain.Audit;
using Joldama.Domain.Shared;
using Microsoft.EntityFrameworkCore;

namespace Joldama.Application.Abroad.Offers;

/// <summary>
/// The working body's requests to foreign clinics and the clinics' answers — a treatment program with a price in the
/// clinic's currency, or a refusal (seed 003, current scheme steps 5-6, proposed 3-4). They are recorded while the case
/// is at those steps or at the list for the commission, and compared side by side, each in its own currency.
/// </summary>
public sealed class AbroadOfferService(JoldamaDbContext db, LawLibrary law, AuditLog audit, TimeProvider clock)
{
    /// <summary>Offers side by side: priced ones first, cheapest first within each currency (amounts in different currencies are not converted), then the unanswered and declined.</summary>
    public static List<AbroadOfferRecord> Compared(IEnumerable<AbroadOfferRecord> offers) =>
        [.. offers.OrderBy(o => o.Amount is null).ThenBy(o => o.Currency, StringComparer.Ordinal).ThenBy(o => o.Amount).ThenBy(o => o.RequestedAt)];

    public async Task<Result<AbroadOfferRecord>> RequestAsync(
        AccessScope scope, Guid caseId, string? clinicName, string? country, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var record = await OpenAsync(scope, caseId, cancellationToken);
        if (record.IsError)
        {
            return record.Error;
        }

        var name = InputText.Required(clinicName, "clinicName", 300);
        if (name.IsError)
        {
            return name.Error;
        }

        var code = MoneyInput.Country(country, "country");
        if (code.IsError)
        {
            return code.Error;
        }

        var offer = new AbroadOfferRecord { Id = Guid.NewGuid(), CaseId = caseId, ClinicName = name.Value, Country = code.Value, RequestedAt = clock.GetUtcNow() };
        db.AbroadOffers.Add(offer);
        return await SaveAsync(record.Value, offer, "abroad.offer_request", actor, cancellationToken);
    }

    /// <summary>The clinic's answer: a program and a price, or <paramref name="declined"/>.</summary>
    public async Task<Result<AbroadOfferRecord>> AnswerAsync(
        AccessScope scope, Guid caseId, Guid offerId, string? program, string? currency, decimal? amount, bool declined, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var record = await OpenAsync(scope, caseId, cancellationToken);
        if (record.IsError)
        {
            return record.Error;
        }

        var offer = await db.AbroadOffers.SingleOrDefaultAsync(o => o.Id == offerId && o.CaseId == caseId, cancellationToken);
        if (offer is null)
        {
            return new AbroadOfferNotFound(offerId);
        }

        offer.AnsweredAt = clock.GetUtcNow();
        offer.Declined = declined;
        if (declined)
        {
            (offer.Program, offer.Currency, offer.Amount) = (null, null, null);
            return await SaveAsync(record.Value, offer, "abroad.offer_answer", actor, cancellationToken);
        }

        var text = InputText.Required(program, "program", 4000);
        if (text.IsError)
        {
            return text.Error;
        }

        var code = MoneyInput.Currency(currency, "currency");
        if (code.IsError)
        {
            return code.Error;
        }

        var price = MoneyInput.Amount(amount, "amount");
        if (price.IsError)
        {
            return price.Error;
        }

        (offer.Program, offer.Currency, offer.Amount) = (text.Value, code.Value, price.Value);
        return await SaveAsync(record.Value, offer, "abroad.offer_answer", actor, cancellationToken);
    }

    private async Task<Result<AbroadCaseRecord>> OpenAsync(AccessScope scope, Guid caseId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var record = await db.AbroadCases.Within(scope, db).SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        if (record is null)
        {
            return new AbroadCaseNotFound(caseId);
        }

        if (record.Status != AbroadCaseStatus.InProgress)
        {
            return new AbroadCaseClosed();
        }

        var step = law.Abroad.Scheme(record.SchemeId).Step(record.CurrentStep);
        return scope.Can(Permission.HandleAbroadCases) && AbroadStepRules.TakesOffers(step) ? record : new AbroadStepNotPermitted("offer");
    }

    private async Task<Result<AbroadOfferRecord>> SaveAsync(AbroadCaseRecord record, AbroadOfferRecord offer, string action, AuditActor actor, CancellationToken cancellationToken)
    {
        record.Version++;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new AbroadChangedMeanwhile(record.Version);
        }

        await audit.AppendAsync(actor, action, "abroad", record.Id.ToString(), await db.IinOfAsync(record.PatientId, cancellationToken), AuditOutcome.Allowed, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return offer;
    }
}
