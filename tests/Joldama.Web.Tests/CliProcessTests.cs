using System.Diagnostics;
using Joldama.Web.Tests.Infrastructure;

namespace Joldama.Web.Tests;

/// <summary>The real ./joldama script at the repo root (it may build the CLI first, so up to 3 minutes).</summary>
[Trait("Category", "Process")]
public sealed class CliProcessTests
{
    [Fact]
    public async Task JoldamaScript_IinCheckWrongCheckDigit_Exit2WithMessageOnStderr()
    {
        var start = new ProcessStartInfo("bash")
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "./joldama", "iin", "check", "061211600013" })
        {
            start.ArgumentList.Add(arg);
        }

        // `dotnet test` leaks MSBuild settings into child processes; the script's own build must not inherit them.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToArray())
        {
            start.Environment.Remove(key);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"./joldama did not finish within 3 minutes. stderr so far: {await stderr}");
        }

        var error = await stderr;
        Assert.True(process.ExitCode == 2, $"exit {process.ExitCode}\nstdout: {await stdout}\nstderr: {error}");
        Assert.Contains("Контрольная цифра не сходится", error, StringComparison.Ordinal);
        Assert.Contains("[identifier.check_digit_mismatch]", error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, await stdout);
    }
}
