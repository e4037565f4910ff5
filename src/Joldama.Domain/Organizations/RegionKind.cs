namespace Joldama.Domain.Organizations;

public enum RegionKind
{
    Oblast,
    CityOfRepublicanSignificance,
}
