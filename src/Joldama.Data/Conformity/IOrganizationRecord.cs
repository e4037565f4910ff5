namespace Joldama.Data.Conformity;

/// <summary>A record that belongs to one organization.</summary>
public interface IOrganizationRecord
{
    Guid OrganizationId { get; }
}
