namespace Joldama.Data.Conformity;

/// <summary>A record that belongs to an organization in a region: who may read it follows from these two.</summary>
public interface IHeldRecord : IOrganizationRecord
{
    string RegionCode { get; }
}
