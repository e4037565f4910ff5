namespace Joldama.Domain.Referrals;

/// <summary>§39 ¶2: how the patient is told the hospitalization date («хабардар ету жолдары»).</summary>
public enum InformChannel
{
    /// <summary>§39 ¶2 (1): «ауызша хабарлау».</summary>
    Oral = 1,

    /// <summary>§39 ¶2 (2): «sms-хабарламалар».</summary>
    Sms = 2,

    /// <summary>§39 ¶2 (3): «пайдаланушы кабинетінде электрондық хабарлау».</summary>
    PersonalCabinet = 3,

    /// <summary>§39 ¶2 (4): «медициналық ақпараттық жүйелерде, оның ішінде мобильді қосымшаларды пайдалана отырып».</summary>
    MedicalInformationSystem = 4,
}
