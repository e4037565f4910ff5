namespace Joldama.Domain.Catalog;

/// <summary>Who a staff requirement is about: doctors, nurses (secondary medical education), or others.</summary>
public enum StaffRole
{
    Doctor,
    Nurse,
    Other,
}
