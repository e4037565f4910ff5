using Joldama.Data;
using Joldama.Data.Abroad;
using Joldama.Domain.Abroad.Cases;
using Microsoft.EntityFrameworkCore;

namespace Joldama.Application.Abroad;

/// <summary>What a case holds, read from storage, for <see cref="AbroadStepCheck"/>.</summary>
internal static class AbroadFacts
{
    public static async Task<AbroadCaseFacts> OfAsync(JoldamaDbContext db, AbroadCaseRecord record, DateOnly today, CancellationToken cancellationToken)
    {
        var documents = await db.AbroadDocuments.Where(d => d.CaseId == record.Id).Select(d => d.Kind).Distinct().ToListAsync(cancellationToken);
        var offers = await db.AbroadOffers.Where(o => o.CaseId == record.Id).Select(o => new { o.Declined, o.Amount }).ToListAsync(cancellationToken);
        var session = record.SessionId is { } sessionId
            ? await db.AbroadSessions.Where(s => s.Id == sessionId).Select(s => (DateOnly?)s.Date).SingleOrDefaultAsync(cancellationToken)
            : null;
        return new AbroadCaseFacts(documents.ToHashSet(), today)
        {
            Expedient = record.Expedient,
            ClinicRequests = offers.Count,
            AnsweredOffers = offers.Count(o => !o.Declined && o.Amount is not null),
            SessionDate = session,
            SelectionAgreed = record.SelectedOfferId is not null && record.PatientAgreedOn is not null,
            ContractDetailsGiven = record.ContractNumber is not null && record.ContractDate is not null && record.ContractAmount is not null && record.ContractCurrency is not null,
            AccompanyingPersonNeeded = record.NeedsAccompanyingPerson,
            AccompanyingPersonGiven = record.AccompanyingPerson is not null,
        };
    }
}
