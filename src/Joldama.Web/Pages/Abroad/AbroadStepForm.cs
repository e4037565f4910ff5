using System.Globalization;
using Joldama.Application.Abroad.Workflow;

namespace Joldama.Web.Pages.Abroad;

/// <summary>
/// The "complete step N" form of the case page as posted (names as <see cref="AbroadStepInput"/>). Amounts are typed as
/// text and read with either decimal separator, so a Russian or Kazakh page posts the same number as the API.
/// </summary>
public sealed class AbroadStepForm
{
    public int? Step { get; set; }

    public string? Comment { get; set; }

    /// <summary>"true" or "false": the chief specialist's verdict.</summary>
    public string? Expedient { get; set; }

    public Guid? OfferId { get; set; }

    public bool PatientAgreed { get; set; }

    public string? ProtocolNumber { get; set; }

    public string? ContractNumber { get; set; }

    public string? ContractDate { get; set; }

    public string? ContractAmount { get; set; }

    public string? ContractCurrency { get; set; }

    public string? AccompanyingPerson { get; set; }

    /// <summary>The amount as typed ("12 500,50" or "12500.50"); null when empty or not a number (the service then names the field).</summary>
    public static decimal? Amount(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            return null;
        }

        var plain = typed.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\u00a0", string.Empty, StringComparison.Ordinal).Replace(',', '.');
        return decimal.TryParse(plain, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value : -1m;
    }

    public AbroadStepInput ToInput() => new()
    {
        Step = Step,
        Comment = Comment,
        Expedient = Expedient switch { "true" => true, "false" => false, _ => null },
        OfferId = OfferId,
        PatientAgreed = PatientAgreed,
        ProtocolNumber = ProtocolNumber,
        ContractNumber = ContractNumber,
        ContractDate = ContractDate,
        ContractAmount = Amount(ContractAmount),
        ContractCurrency = ContractCurrency,
        AccompanyingPerson = AccompanyingPerson,
    };
}

/// <summary>A foreign clinic's request or answer, as the offer forms post it.</summary>
public sealed class AbroadOfferForm
{
    public string? ClinicName { get; set; }

    public string? Country { get; set; }

    public Guid? OfferId { get; set; }

    public string? Program { get; set; }

    public string? Currency { get; set; }

    public string? Amount { get; set; }

    public bool Declined { get; set; }
}
