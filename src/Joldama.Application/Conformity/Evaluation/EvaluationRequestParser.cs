using System.Globalization;
using Joldama.Domain.Catalog;
using Joldama.Domain.Conformity;
using Joldama.Domain.Shared;

namespace Joldama.Application.Conformity.Evaluation;

/// <summary>
/// Checks an <see cref="EvaluationRequest"/> against the catalog and turns it into domain objects. Every problem is
/// reported at once, each with its JSON path, as <see cref="EvaluationRequestInvalid"/>; nothing is evaluated then.
/// </summary>
public static class EvaluationRequestParser
{
    public static Result<EvaluationInput> Parse(EvaluationRequest? request, HtmcCatalog catalog, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var problems = new ProblemList();
        if (request is null)
        {
            problems.Invalid("$", "null", "an evaluation request object");
            return new EvaluationRequestInvalid(problems.All);
        }

        DateOnly? on = request.On is null ? today : problems.Date(request.On, "on");
        var characteristics = Characteristics(request.Codes, catalog, on, problems);
        var specialists = SpecialistReader.Read(request.Specialists, problems);
        var devices = problems.Each(request.Devices, "devices", Device);
        var organization = request.Organization is { } figures ? Organization(figures, problems) : null;
        if (problems.All.Count > 0)
        {
            return new EvaluationRequestInvalid(problems.All);
        }

        return new EvaluationInput(on!.Value, characteristics, new ProviderResources(specialists, devices, organization));
    }

    /// <summary>The requested codes' characteristics in force on the date, in the order asked; none asked: all in force, by item.</summary>
    private static List<Characteristic> Characteristics(IReadOnlyList<string?>? codes, HtmcCatalog catalog, DateOnly? on, ProblemList problems)
    {
        if (codes is null || codes.Count == 0)
        {
            var inForce = on is { } date ? catalog.Characteristics.Where(c => c.InForceOn(date)).OrderBy(c => c.Item).ToList() : [];
            if (on is { } day && inForce.Count == 0)
            {
                var from = catalog.Characteristics.Select(c => c.Act.InForceFrom).Min();
                problems.Invalid("on", ProblemList.Iso(day), $"a date on which Appendix 2 is in force (from {(from is { } f ? ProblemList.Iso(f) : "?")})");
            }

            return inForce;
        }

        var found = new List<Characteristic>();
        for (var i = 0; i < codes.Count; i++)
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"codes[{i}]");
            var view = HtmcCode.Parse(codes[i]).Bind(code => catalog.Get(code, on));
            if (view.IsError)
            {
                problems.Add(path, view.Error);
            }
            else if (view.Value.Characteristics.Count == 0)
            {
                // Without a valid date the date's own problem is reported; "in force on" needs a day.
                if (on is { } day)
                {
                    problems.Add(path, new CodeWithoutCharacteristic(view.Value.Code.Value, day));
                }
            }
            else
            {
                found.AddRange(view.Value.Characteristics.Where(c => !found.Contains(c)));
            }
        }

        return found;
    }

    private static ProviderDevice? Device(DeviceInput input, string path, ProblemList problems)
    {
        var type = problems.Required(input.Type, $"{path}.type", "the device type as written in Appendix 2");
        var count = input.Count is null ? 1 : problems.NonNegative(input.Count, $"{path}.count");
        var (sinceOk, since) = problems.OptionalDate(input.OutOfOrderSince, $"{path}.outOfOrderSince");
        return type is null || count is null || !sinceOk ? null : new ProviderDevice(type, count.Value, since);
    }

    private static OrganizationFacts? Organization(OrganizationInput input, ProblemList problems)
    {
        var years = problems.NonNegative(input.YearsInIvf, "organization.yearsInIvf");
        var cycles = problems.NonNegative(input.CyclesPerYear, "organization.cyclesPerYear");
        var pregnancy = problems.Percent(input.PregnancyRatePercent, "organization.pregnancyRatePercent");
        var birth = problems.Percent(input.BirthRatePercent, "organization.birthRatePercent");
        return years is null || cycles is null || pregnancy is null || birth is null
            ? null
            : new OrganizationFacts(years.Value, cycles.Value, pregnancy.Value, birth.Value);
    }
}
