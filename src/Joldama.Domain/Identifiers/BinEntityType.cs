namespace Joldama.Domain.Identifiers;

/// <summary>The 5th digit of a BIN; the values are the digits.</summary>
public enum BinEntityType
{
    ResidentLegalEntity = 4,
    NonResidentLegalEntity = 5,

    /// <summary>Individual entrepreneur in joint entrepreneurship; one working alone uses his IIN.</summary>
    JointIndividualEntrepreneur = 6,
}
