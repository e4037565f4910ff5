using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Joldama.Application.Tests.Conformity;

/// <summary>Reads a PDF back with poppler-utils (pdftotext, pdfinfo), which ./test.sh installs.</summary>
internal static class Poppler
{
    /// <summary>The text as laid out on the page (pdftotext -layout).</summary>
    public static string Text(string file) => Run("pdftotext", "-layout", file, "-");

    /// <summary>How many ✓ marks stand under each of the two mark headings (by the words' boxes).</summary>
    public static (int Compliant, int NonCompliant) MarkColumns(string file, string compliantHeading, string nonCompliantHeading)
    {
        var boxes = Regex.Matches(
                Run("pdftotext", "-bbox", file, "-"),
                @"<word xMin=""([\d.]+)"" yMin=""[\d.]+"" xMax=""([\d.]+)"" yMax=""[\d.]+"">([^<]*)</word>")
            .Select(m => (Text: m.Groups[3].Value,
                Centre: (double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) + double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture)) / 2))
            .ToList();
        var yes = boxes.First(b => b.Text == compliantHeading).Centre;
        var no = boxes.First(b => b.Text == nonCompliantHeading).Centre;
        Assert.True(Math.Abs(yes - no) > 20, "the two mark columns overlap");
        var marks = boxes.Where(b => b.Text == "✓").Select(b => b.Centre).ToList();
        Assert.All(marks, m => Assert.True(Math.Min(Math.Abs(m - yes), Math.Abs(m - no)) < 3, $"a mark at x={m} is under neither heading"));
        return (marks.Count(m => Math.Abs(m - yes) < 3), marks.Count(m => Math.Abs(m - no) < 3));
    }

    /// <summary>The text in content-stream order, words broken at a hyphen at a line's end joined again.</summary>
    public static string Raw(string file, int? page = null)
    {
        string[] range = page is { } p ? ["-f", p.ToString(CultureInfo.InvariantCulture), "-l", p.ToString(CultureInfo.InvariantCulture)] : [];
        var text = Run("pdftotext", [.. range, "-raw", file, "-"]);
        return Regex.Replace(text, @"(?<=\w)-\n(?=\w)", "-");
    }

    public static int Pages(string file)
    {
        var info = Run("pdfinfo", file);
        var line = info.Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal));
        return int.Parse(line["Pages:".Length..].Trim(), CultureInfo.InvariantCulture);
    }

    private static string Run(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.StandardOutputEncoding = Encoding.UTF8;
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start");
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException($"{tool} is missing: install poppler-utils (./test.sh does) to check the printed conclusion.", e);
        }
        using (process)
        {
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"{tool} {string.Join(' ', args)} failed: {error.Result}");
            return output;
        }
    }
}
