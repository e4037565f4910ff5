using Joldama.Application.Law;
using Joldama.Domain.Quotas;

namespace Joldama.Application.Tests.Law;

/// <summary>A broken <c>quota-rules.json</c> stops loading with a message naming the file and the row; periods load as configured.</summary>
public sealed class QuotaRulesLoaderTests : IDisposable
{
    private static readonly string Original = File.ReadAllText(Path.Combine(LawLibrary.DefaultDataDirectory, "law", QuotaRulesLoader.File));

    private readonly string _law = Path.Combine(Path.GetTempPath(), "joldama-quota-" + Guid.NewGuid().ToString("N"));

    public QuotaRulesLoaderTests() => Directory.CreateDirectory(Path.Combine(_law, "dsm-238-2020"));

    public void Dispose() => Directory.Delete(_law, recursive: true);

    [Fact]
    public void Load_WithPeriods_SortedAndInForce()
    {
        var rules = Load(Original.Replace("\"pandemicPeriods\": []", """
            "pandemicPeriods": [
              { "from": "2021-06-01", "to": "2021-08-31", "basis": "second" },
              { "from": "2020-03-16", "to": "2020-05-11", "basis": "first" }
            ]
            """, StringComparison.Ordinal));

        Assert.Equal(["first", "second"], rules.PandemicPeriods.Select(p => p.Basis));
        Assert.Equal(QuotaMode.Pandemic, rules.ModeOn(new DateOnly(2020, 5, 11)));
        Assert.Equal(QuotaMode.Normal, rules.ModeOn(new DateOnly(2020, 5, 12)));
    }

    [Theory]
    [InlineData("\"percent\": 15", "\"percent\": 0", "normal limit 'republican'")]
    [InlineData("\"percent\": 50", "\"percent\": 150", "pandemic limit 'scientific'")]
    [InlineData("\"level\": \"other\"", "\"level\": \"scientific\"", "does not belong to this paragraph")]
    [InlineData("\"level\": \"city-or-regional\"", "\"level\": \"regional\"", "expected one of")]
    [InlineData("\"group\": \"pensioner\", \"wordingKk\": \"зейнеткерлер\", \"lines\": \"189-189\"", "\"group\": \"pensioners\", \"wordingKk\": \"зейнеткерлер\", \"lines\": \"189-189\"", "normal group 6 (pensioners)")]
    [InlineData("\"group\": \"pregnant\", \"wordingKk\": \"жүкті әйелдер\", \"lines\": \"197-197\"", "\"group\": \"pensioner\", \"wordingKk\": \"жүкті әйелдер\", \"lines\": \"197-197\"", "appears twice")]
    [InlineData("\"lines\": \"190-191\"", "\"lines\": \"191-190\"", "expected a range")]
    [InlineData("\"pandemicPeriods\": []", "\"pandemicPeriods\": [{ \"from\": \"2020-05-11\", \"to\": \"2020-03-16\", \"basis\": \"x\" }]", "'to' is before 'from'")]
    [InlineData("\"pandemicPeriods\": []", "\"pandemicPeriods\": [{ \"from\": \"2020-03-16\", \"to\": \"2020-05-11\", \"basis\": \"a\" }, { \"from\": \"2020-05-11\", \"to\": \"2020-06-01\", \"basis\": \"b\" }]", "overlaps")]
    [InlineData("\"pandemicPeriods\": []", "\"pandemicPeriods\": [{ \"from\": \"16.03.2020\", \"to\": \"2020-05-11\", \"basis\": \"x\" }]", "not a date")]
    [InlineData("\"pandemicPeriods\": []", "\"pandemicPeriods\": [{ \"from\": \"2020-03-16\", \"to\": \"2020-05-11\" }]", "'basis' is missing")]
    [InlineData("\"pandemicPeriods\": []", "\"other\": []", "'pandemicPeriods' is missing")]
    public void Load_BrokenFile_NamesFileAndProblem(string find, string replace, string expected)
    {
        Assert.Contains(find, Original, StringComparison.Ordinal);

        var error = Assert.Throws<LawDataException>(() => Load(Original.Replace(find, replace, StringComparison.Ordinal)));

        Assert.Equal("quota-rules.json", error.File);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_LimitOfAParagraphMissing_Fails()
    {
        var start = Original.IndexOf("{\n        \"level\": \"other\"", StringComparison.Ordinal);
        var comma = Original.LastIndexOf(',', start);
        var end = Original.IndexOf('}', start) + 1;

        var error = Assert.Throws<LawDataException>(() => Load(Original[..comma] + Original[end..]));

        Assert.Contains("normal: no limit for level Other", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingFile_NamesIt()
    {
        Assert.Contains("quota-rules.json", Assert.Throws<LawDataException>(() => QuotaRulesLoader.Load(_law)).Message, StringComparison.Ordinal);
    }

    private QuotaRules Load(string json)
    {
        File.WriteAllText(Path.Combine(_law, QuotaRulesLoader.File), json);
        return QuotaRulesLoader.Load(_law);
    }
}
