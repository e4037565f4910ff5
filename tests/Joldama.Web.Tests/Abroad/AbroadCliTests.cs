using Joldama.Web.Tests.Infrastructure;

namespace Joldama.Web.Tests.Abroad;

/// <summary><c>joldama abroad scheme|due|eligible</c> in-process: the same law, calendar and refusals as the API.</summary>
public sealed class AbroadCliTests
{
    [Theory]
    [InlineData("current", 9, 44)]
    [InlineData("proposed", 7, 37)]
    public void Scheme_StepsAddUpToTheStatedTotal(string scheme, int steps, int total)
    {
        var result = CliRunner.Run("abroad", "scheme", scheme);

        Assert.True(result.Exit == CliRunner.Success, result.ToString());
        var json = result.Json();
        Assert.Equal(steps, json.GetProperty("steps").GetArrayLength());
        Assert.Equal((total, total), (json.GetProperty("stepsTotal").GetInt32(), json.GetProperty("stated").GetInt32()));
    }

    [Fact]
    public void Scheme_TheCommissionsStepNeedsAHeldSessionAndTheSelection()
    {
        var json = CliRunner.Run("abroad", "scheme", "current").Json();

        var commission = json.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("actor").GetString() == "ministry-commission");
        Assert.Equal(["session-held", "selection"], commission.GetProperty("requires").EnumerateArray().Select(r => r.GetString()));
        var second = json.GetProperty("steps")[1];
        Assert.Equal(["id-copy", "medical-record-extract", "petition", "medical-conclusion"], second.GetProperty("files").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public void Due_FifteenWorkingDaysForTheClinicsAnswer()
    {
        var result = CliRunner.Run("abroad", "due", "current", "6", "2026-11-02T12:00+05:00");

        Assert.True(result.Exit == CliRunner.Success, result.ToString());
        Assert.Equal("2026-11-23", result.Output.Trim());
    }

    [Fact]
    public void Eligible_AChildOfNineteen_RefusedWithTheCode()
    {
        var result = CliRunner.Run("abroad", "eligible", "--category", "child", "--age", "19", "--indications-confirmed");

        Assert.NotEqual(CliRunner.Success, result.Exit);
        Assert.Contains("abroad.child_too_old", result.Error + result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Eligible_InjuredOnDutyWithInstructionAndMethodsExhausted_Eligible()
    {
        var result = CliRunner.Run("abroad", "eligible", "--category", "injured-on-duty", "--age", "35", "--exceptional-instruction", "--methods-exhausted");

        Assert.True(result.Exit == CliRunner.Success, result.ToString());
        Assert.Equal("injured-on-duty", result.Json().GetProperty("basis").GetString());
    }
}
