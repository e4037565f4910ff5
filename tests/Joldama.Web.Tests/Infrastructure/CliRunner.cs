using System.Globalization;
using System.Text.Json;
using CliApp = Joldama.Cli.CliApp;

namespace Joldama.Web.Tests.Infrastructure;

/// <summary>Runs the CLI in-process (CliApp.Run with string writers), keeping the test's culture (--lang changes it).</summary>
public static class CliRunner
{
    public const int Success = CliApp.Success;
    public const int Failure = CliApp.Failure;
    public const int BadInput = CliApp.BadInput;

    public static CliResult Run(params string[] args)
    {
        var culture = CultureInfo.CurrentCulture;
        var uiCulture = CultureInfo.CurrentUICulture;
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        try
        {
            var exit = CliApp.Run(args, output, error);
            return new CliResult(exit, output.ToString(), error.ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
        }
    }
}

public sealed record CliResult(int Exit, string Output, string Error)
{
    public JsonElement Json()
    {
        Assert.True(Exit == CliRunner.Success, $"exit {Exit}: {Error}");
        return JsonDocument.Parse(Output).RootElement.Clone();
    }

    public override string ToString() => $"exit {Exit}\nstdout: {Output}\nstderr: {Error}";
}
