using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Joldama.Application.Conformity.Evaluation;
using Joldama.Application.Law;
using Joldama.Domain.Catalog;
using Joldama.Domain.Conformity;

namespace Joldama.Benchmarks;

/// <summary>
/// Conformity (seed 001 Appendix 2) on generated providers: one large provider against all 78 characteristics, and
/// 1,000 providers against one. Each against a baseline in the same run: the same loops over the same data that only
/// count certificates and devices whose names equal the order's Russian wording exactly (no folding, no dates, no reasons).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ConformityBenchmarks
{
    private static readonly DateOnly On = new(2026, 10, 1);

    private readonly LawLibrary _law = LawLibrary.Load();
    private ConformityEvaluationService _service = null!;
    private EvaluationInput _oneProviderAllCodes = null!;
    private EvaluationInput[] _providersOneCode = [];

    [GlobalSetup]
    public void Setup()
    {
        var catalog = _law.Catalog;
        _service = new ConformityEvaluationService(catalog);
        var words = new Words(catalog.Characteristics);
        var random = new Random(20261001); // fixed: every run measures the same providers
        var all = catalog.Characteristics.Where(c => c.InForceOn(On)).OrderBy(c => c.Item).ToArray();
        _oneProviderAllCodes = new EvaluationInput(On, all, Provider(random, words, specialists: 60, deviceTypes: 80));

        var one = catalog.Get(HtmcCode.From("35.21"), On).Value.Characteristics;
        _providersOneCode = Enumerable.Range(0, 1_000)
            .Select(_ => new EvaluationInput(On, one, Provider(random, words, random.Next(10, 61), random.Next(20, 81))))
            .ToArray();
    }

    [Benchmark(Baseline = true), BenchmarkCategory("OneProvider78Codes")]
    public int OneProviderBaseline_ExactNameCount() => ExactNameCount(_oneProviderAllCodes);

    [Benchmark, BenchmarkCategory("OneProvider78Codes")]
    public int OneProvider_Evaluate78Codes() => _service.Evaluate(_oneProviderAllCodes).Codes.Count(c => c.Conforms);

    [Benchmark(Baseline = true), BenchmarkCategory("ThousandProviders1Code")]
    public int ThousandProvidersBaseline_ExactNameCount()
    {
        var found = 0;
        foreach (var input in _providersOneCode)
        {
            found += ExactNameCount(input);
        }

        return found;
    }

    [Benchmark, BenchmarkCategory("ThousandProviders1Code")]
    public int ThousandProviders_Evaluate35_21()
    {
        var conforming = 0;
        foreach (var input in _providersOneCode)
        {
            conforming += _service.Evaluate(input).Conforms ? 1 : 0;
        }

        return conforming;
    }

    /// <summary>The floor: every certificate and device compared once per requirement, by ordinal equality (indexed loops: no enumerators allocated).</summary>
    private static int ExactNameCount(EvaluationInput input)
    {
        var found = 0;
        var specialists = input.Resources.Specialists;
        var devices = input.Resources.Devices;
        for (var c = 0; c < input.Characteristics.Count; c++)
        {
            var characteristic = input.Characteristics[c];
            for (var r = 0; r < characteristic.Staff.Count; r++)
            {
                var specialties = characteristic.Staff[r].Specialties;
                for (var p = 0; p < specialists.Count; p++)
                {
                    var certificates = specialists[p].Certificates;
                    for (var k = 0; k < certificates.Count; k++)
                    {
                        for (var s = 0; s < specialties.Count; s++)
                        {
                            found += string.Equals(certificates[k].Specialty, specialties[s].Ru, StringComparison.Ordinal) ? 1 : 0;
                        }
                    }
                }
            }

            for (var r = 0; r < characteristic.Devices.Count; r++)
            {
                var name = characteristic.Devices[r].Name.Ru;
                for (var d = 0; d < devices.Count; d++)
                {
                    found += string.Equals(devices[d].TypeName, name, StringComparison.Ordinal) ? devices[d].Count : 0;
                }
            }
        }

        return found;
    }

    /// <summary>
    /// A provider written the way people write: the order's words in kk or ru, now and then in other case or with
    /// doubled spaces; certificates mostly valid, some expired; courses over the last six years; a few broken devices.
    /// </summary>
    private static ProviderResources Provider(Random random, Words words, int specialists, int deviceTypes)
    {
        var staff = Enumerable.Range(0, specialists).Select(i => new Specialist(
            $"p{i}",
            $"Specialist {i}",
            [.. Enumerable.Range(0, random.Next(1, 3)).Select(_ => Certificate(random, words))],
            [new ExperienceEntry(random.Next(1, 15), ExperienceScope.Specialty, null), new ExperienceEntry(random.Next(0, 5), ExperienceScope.Department, Pick(random, words.Places))],
            [.. Enumerable.Range(0, random.Next(1, 4)).Select(_ => new EducationRecord(random.Next(36, 217), Pick(random, words.Topics), Day(random, -6 * 365, 0)))],
            random.Next(5) == 0 ? [new HeldCondition(ConditionKind.RadiationPermit, "permit", Day(random, -1500, -1), Day(random, 1, 1500))] : []))
            .ToArray();
        var devices = words.Devices.OrderBy(_ => random.Next()).Take(deviceTypes)
            .Select(d => new ProviderDevice(Written(random, d), random.Next(1, 4), random.Next(10) == 0 ? Day(random, -200, 0) : null))
            .ToArray();
        return new ProviderResources(staff, devices, null);
    }

    private static SpecialtyCertificate Certificate(Random random, Words words)
    {
        var from = Day(random, -5 * 365, 0);
        var to = random.Next(10) == 0 ? Day(random, -300, -1) : Day(random, 1, 5 * 365);
        return new SpecialtyCertificate(Pick(random, words.Specialties), "KZ", from < to ? from : to, to);
    }

    private static string Written(Random random, BilingualText text)
    {
        var words = random.Next(2) == 0 ? text.Kk : text.Ru;
        return random.Next(5) switch
        {
            0 => words.ToUpperInvariant(),
            1 => "  " + words.Replace(" ", "  ", StringComparison.Ordinal) + " ",
            _ => words,
        };
    }

    private static string Pick(Random random, BilingualText[] items) => Written(random, items[random.Next(items.Length)]);

    private static DateOnly Day(Random random, int fromDays, int toDays) => DateOnly.FromDayNumber(On.DayNumber + random.Next(fromDays, toDays + 1));

    /// <summary>The distinct wordings of Appendix 2 a generated provider draws on.</summary>
    private sealed class Words(IReadOnlyList<Characteristic> characteristics)
    {
        public BilingualText[] Specialties { get; } = [.. characteristics.SelectMany(c => c.Staff).SelectMany(s => s.Specialties).Distinct()];

        public BilingualText[] Devices { get; } = [.. characteristics.SelectMany(c => c.Devices).Select(d => d.Name).Distinct()];

        public BilingualText[] Places { get; } = [.. characteristics.SelectMany(c => c.Staff).Select(s => s.Experience?.Where).OfType<BilingualText>().Distinct()];

        public BilingualText[] Topics { get; } = [.. characteristics.SelectMany(c => c.Staff).SelectMany(s => s.Education).Select(e => e.Topic).OfType<BilingualText>().Distinct()];
    }
}
