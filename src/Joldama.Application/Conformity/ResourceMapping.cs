using Joldama.Data.Conformity;
using Joldama.Domain.Conformity;

namespace Joldama.Application.Conformity;

/// <summary>What a provider put forward for a code, as the evaluator reads it.</summary>
internal static class ResourceMapping
{
    /// <summary>
    /// The specialists still on staff and the devices not written off on <paramref name="on"/>; a device out of order
    /// stays in, so the finding names it (§29).
    /// </summary>
    public static ProviderResources ToResources(
        IEnumerable<SpecialistRecord> specialists, IEnumerable<DeviceRecord> devices, OrganizationFacts? facts, DateOnly on) =>
        new(
            [.. specialists.Where(s => s.LeftOn is not { } left || left > on)
                .Select(s => new Specialist(s.Id.ToString(), s.FullName, s.Certificates, s.Experience, s.Education, s.Conditions))],
            [.. devices.Where(d => d.RetiredOn is not { } retired || retired > on)
                .Select(d => new ProviderDevice(d.TypeName, d.Count, d.OutOfOrderSince))],
            facts);

    public static List<CriterionState> ToStates(ConformityReport report) =>
        [.. report.Findings.Select((f, i) => new CriterionState
        {
            Index = i,
            Kind = f.Kind,
            Code = f.Code,
            MachineMet = f.Met,
            Reason = f.Reason,
            Args = new Dictionary<string, string>(f.Args, StringComparer.Ordinal),
            Notes = [.. f.Notes],
        })];
}
