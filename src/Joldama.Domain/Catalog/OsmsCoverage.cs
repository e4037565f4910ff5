namespace Joldama.Domain.Catalog;

/// <summary>Which items of the ОСМС scope (seed 002) speak of specialized, incl. high-tech, care.</summary>
public enum OsmsCoverage
{
    /// <summary>Item 3: in day-hospital (inpatient-replacing) conditions.</summary>
    DayHospital,

    /// <summary>Item 4.1: in inpatient conditions, planned.</summary>
    InpatientPlanned,

    /// <summary>Item 4.2: in inpatient conditions, emergency.</summary>
    InpatientEmergency,
}
