using Joldama.Web.Tests.Infrastructure;

namespace Joldama.Web.Tests.Quotas;

/// <summary>The quota report command refuses bad input before it opens a database (exit 2, the message in the chosen language).</summary>
public sealed class QuotaCliTests
{
    [Fact]
    public void QuotaReport_UnknownRegion_BadInputInRussian()
    {
        var result = CliRunner.Run("--lang", "ru", "quota", "report", "2026", "--region", "atlantis", "--out", Path.Combine(Path.GetTempPath(), "never.csv"));

        Assert.True(result.Exit == CliRunner.BadInput, result.ToString());
        Assert.Contains("[input.invalid]", result.Error, StringComparison.Ordinal);
        Assert.Contains("atlantis", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void QuotaReport_YearOutOfRange_BadInput()
    {
        var result = CliRunner.Run("quota", "report", "1999", "--out", Path.Combine(Path.GetTempPath(), "never.csv"));

        Assert.True(result.Exit == CliRunner.BadInput, result.ToString());
    }
}
