namespace Joldama.Domain.Quotas;

/// <summary>Which paragraph of seed 001 §19 is in force on a date.</summary>
public enum QuotaMode
{
    /// <summary>§19 ¶1: 15 % for republican organizations, 10 % for the others.</summary>
    Normal,

    /// <summary>§19 ¶2, «COVID-19 … пандемия кезініңде»: 50 % for scientific organizations, 30 % for city and oblast ones. On dates inside a configured pandemic period.</summary>
    Pandemic,
}
