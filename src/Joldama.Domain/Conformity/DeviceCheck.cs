using System.Globalization;
using Joldama.Domain.Catalog;

namespace Joldama.Domain.Conformity;

/// <summary>
/// One device requirement of seed 001 Appendix 2: met by devices of that type (name equal to the kk or ru name,
/// ignoring case and extra spaces) working on the date, together at least the count asked. Devices out of order
/// for more than 3 months are named in the finding (seed 001 §29), met or not.
/// </summary>
internal static class DeviceCheck
{
    public static CriterionFinding Evaluate(DeviceRequirement requirement, IReadOnlyList<ProviderDevice> devices, DateOnly on)
    {
        var ofType = devices.Where(d => TextMatch.SameAs(d.TypeName, requirement.Name)).ToList();
        var working = ofType.Where(d => d.WorkingOn(on)).Sum(d => d.Count);
        var broken = ofType.Where(d => !d.WorkingOn(on)).ToList();
        var longBroken = broken.Where(d => d.OutOfOrderOverThreeMonths(on)).ToList();

        var met = working >= requirement.MinCount;
        var reason = $"needs {Num(requirement.MinCount)} working '{TextMatch.Both(requirement.Name)}'; has {Num(working)} working";
        if (broken.Count > 0)
        {
            reason += "; out of order: " + string.Join(", ", broken.Select(d =>
                $"{Num(d.Count)} since {Date(d.OutOfOrderSince!.Value)}{(d.OutOfOrderOverThreeMonths(on) ? " (more than 3 months)" : string.Empty)}"));
        }

        var args = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["device"] = TextMatch.Both(requirement.Name),
            ["required"] = Num(requirement.MinCount),
            ["working"] = Num(working),
            ["outOfOrder"] = Num(broken.Sum(d => d.Count)),
            ["outOfOrderOver3Months"] = Num(longBroken.Sum(d => d.Count)),
            ["outOfOrderOver3MonthsSince"] = string.Join(", ", longBroken.Select(d => Date(d.OutOfOrderSince!.Value))),
        };
        var notes = broken.Select(d => new FindingNote("device.out_of_order", new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["count"] = Num(d.Count),
            ["since"] = Date(d.OutOfOrderSince!.Value),
            ["over3Months"] = d.OutOfOrderOverThreeMonths(on) ? "true" : "false",
        })).ToList();
        return new CriterionFinding(CriterionKind.Device, "conformity.device", met, reason, args) { Notes = notes };
    }

    private static string Num(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
