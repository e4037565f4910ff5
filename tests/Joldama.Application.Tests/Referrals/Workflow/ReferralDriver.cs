using Joldama.Application.Patients;
using Joldama.Application.Referrals.Cases;
using Joldama.Application.Referrals.Workflow;
using Joldama.Data.Referrals;
using Joldama.Domain.Referrals.Package;
using Joldama.Domain.Shared;

namespace Joldama.Application.Tests.Referrals.Workflow;

/// <summary>The steps every scenario repeats: a patient of the clinic, a draft with its four documents, a step by someone.</summary>
internal static class ReferralDriver
{
    /// <summary>A valid IIN: born 1 January 1990, a man (century digit 3).</summary>
    public const string Iin = "900101300017";

    public static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"u8.ToArray();

    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

    public static async Task<Guid> PatientAsync(ReferralWorld world, ReferralWorld.Party clinic, string iin = Iin, string? email = "patient@example.kz")
    {
        await using var s = world.Open();
        var saved = await s.Patients.SaveAsync(clinic.Scope, new PatientInput(
            iin, "Сейітқали", "Айгүл", null, "+7 701 123 45 67", email, "kk", "insured", null, ["pensioner"]), clinic.Actor);
        return Ok(saved).Id;
    }

    /// <summary>A draft by <paramref name="sender"/> for the patient, with all four documents and the first offered provider chosen.</summary>
    public static async Task<ReferralCaseRecord> DraftAsync(ReferralWorld world, ReferralWorld.Party sender, Guid patientId, bool complete = true, Guid? provider = null)
    {
        await using var s = world.Open();
        var created = Ok(await s.Cases.CreateAsync(sender.Scope, new NewReferralInput(
            patientId, ReferralWorld.Code, "I25.1 Атеросклеротическая болезнь сердца", "Показано аортокоронарное шунтирование.", false, provider ?? world.Provider.Organization),
            null, sender.Actor)).Case;
        foreach (var kind in Enum.GetValues<PackageDocumentKind>().Where(k => complete || k != PackageDocumentKind.DiagnosticResults))
        {
            Ok(await s.Documents.UploadAsync(sender.Scope, created.Id, kind.ToString(), $"{kind}.pdf", kind == PackageDocumentKind.IdentityDocument ? Png : Pdf, sender.Actor));
        }

        return created;
    }

    public static async Task<Result<ReferralCaseRecord>> StepAsync(ReferralWorld world, ReferralWorld.Party party, Guid id, ReferralStepInput input, int? version = null)
    {
        await using var s = world.Open();
        return await s.Steps.StepAsync(party.Scope, id, input, version, party.Actor);
    }

    public static T Ok<T>(Result<T> result)
    {
        Xunit.Assert.False(result.IsError, result.Error?.Code + ": " + result.Error?.Message);
        return result.Value;
    }
}
