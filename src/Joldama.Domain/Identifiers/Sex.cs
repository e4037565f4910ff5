namespace Joldama.Domain.Identifiers;

/// <summary>Sex as the IIN codes it in its 7th digit (odd = male, even = female).</summary>
public enum Sex
{
    Male = 1,
    Female = 2,
}
