namespace Joldama.Domain.Catalog;

/// <summary>The two sections of seed 001 Appendix 2: «Бірегей түрлері» and «Негізгі түрлері».</summary>
public enum CharacteristicSection
{
    Unique,
    Basic,
}
