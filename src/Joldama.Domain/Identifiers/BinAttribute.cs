namespace Joldama.Domain.Identifiers;

/// <summary>The 6th digit of a BIN; the values are the digits.</summary>
public enum BinAttribute
{
    HeadOffice = 0,
    Branch = 1,
    RepresentativeOffice = 2,

    /// <summary>Peasant (farm) enterprise, крестьянское (фермерское) хозяйство.</summary>
    PeasantFarm = 3,
}
