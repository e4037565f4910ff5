namespace Joldama.Domain.Catalog;

/// <summary>Where the years of experience must have been gained.</summary>
public enum ExperienceScope
{
    /// <summary>«мамандығы бойынша»: in the specialty.</summary>
    Specialty,

    /// <summary>«… бөлімшесінде»: in a named department.</summary>
    Department,

    /// <summary>In another named field of work.</summary>
    Field,

    /// <summary>No place stated («кемінде 5 жыл жұмыс өтілі»): any work experience counts.</summary>
    Overall,
}
