using Joldama.Application.Abroad.Cases;
using Joldama.Application.Abroad.Workflow;
using Joldama.Application.Patients;
using Joldama.Data.Abroad;
using Joldama.Domain.Abroad;
using Joldama.Domain.Shared;

namespace Joldama.Application.Tests.Abroad;

/// <summary>The steps the scenarios repeat.</summary>
internal static class AbroadDriver
{
    /// <summary>An adult, born 1 January 1990.</summary>
    public const string AdultIin = "900101300017";

    /// <summary>A boy born 10 March 2015.</summary>
    public const string ChildIin = "150310500107";

    public const string Indication = "brain-avm-tumours-radiosurgery";

    public static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"u8.ToArray();

    public static async Task<Guid> PatientAsync(AbroadWorld world, string iin = AdultIin)
    {
        await using var s = world.Open();
        var saved = await s.Patients.SaveAsync(world.Clinic.Scope, new PatientInput(
            iin, "Сейітқали", "Айгүл", null, "+7 701 123 45 67", "patient@example.kz", "kk", "insured", null, []), world.Clinic.Actor);
        return Ok(saved).Id;
    }

    public static async Task<AbroadCaseRecord> OpenAsync(AbroadWorld world, Guid patientId, NewAbroadCaseInput? input = null)
    {
        await using var s = world.Open();
        return Ok(await s.Cases.CreateAsync(world.Clinic.Scope, (input ?? Citizen()) with { PatientId = patientId }, world.Clinic.Actor));
    }

    public static NewAbroadCaseInput Citizen() => new() { Category = "citizen", IndicationId = Indication, Diagnosis = "D33.0 Опухоль головного мозга" };

    public static async Task UploadAsync(AbroadWorld world, AbroadWorld.Party party, Guid caseId, params AbroadDocument[] kinds)
    {
        await using var s = world.Open();
        foreach (var kind in kinds)
        {
            Ok(await s.Documents.UploadAsync(party.Scope, caseId, kind.ToString(), $"{kind}.pdf", Pdf, party.Actor));
        }
    }

    public static async Task<Result<AbroadCaseRecord>> CompleteAsync(AbroadWorld world, AbroadWorld.Party party, Guid caseId, int step, AbroadStepInput? input = null)
    {
        await using var s = world.Open();
        return await s.Steps.CompleteAsync(party.Scope, caseId, (input ?? new AbroadStepInput()) with { Step = step }, null, party.Actor);
    }

    public static async Task<AbroadCaseRecord> StepOkAsync(AbroadWorld world, AbroadWorld.Party party, Guid caseId, int step, AbroadStepInput? input = null) =>
        Ok(await CompleteAsync(world, party, caseId, step, input));

    public static async Task<AbroadOfferRecord> OfferAsync(AbroadWorld world, Guid caseId, string clinic, string country, string? currency, decimal? amount)
    {
        await using var s = world.Open();
        var requested = Ok(await s.Offers.RequestAsync(world.WorkingBody.Scope, caseId, clinic, country, world.WorkingBody.Actor));
        if (currency is null)
        {
            return requested;
        }

        return Ok(await s.Offers.AnswerAsync(world.WorkingBody.Scope, caseId, requested.Id, "Программа лечения: радиохирургия, 10 дней.", currency, amount, false, world.WorkingBody.Actor));
    }

    public static T Ok<T>(Result<T> result)
    {
        Xunit.Assert.False(result.IsError, result.Error?.Code + ": " + result.Error?.Message);
        return result.Value;
    }
}
