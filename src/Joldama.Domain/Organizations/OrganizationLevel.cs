namespace Joldama.Domain.Organizations;

/// <summary>Republican organizations have a 15 % quota for vulnerable groups, the others 10 % (seed 001 §19).</summary>
public enum OrganizationLevel
{
    Republican,
    Regional,
}
