namespace Joldama.E2E.Infrastructure;

/// <summary>Where the repository, the built web app and the test artifacts are.</summary>
internal static class TestPaths
{
    /// <summary>The repository root: the first folder above the test binaries that holds Joldama.slnx.</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>
    /// This run's artifact folder: <c>JOLDAMA_TEST_RESULTS_DIR</c> (set by test.sh), else
    /// <c>TestResults/e2e</c> under the repository root.
    /// </summary>
    public static string ResultsDirectory { get; } = ResolveResultsDirectory();

    public static string ScreenshotsDirectory { get; } = Directory.CreateDirectory(Path.Combine(ResultsDirectory, "screenshots")).FullName;

    /// <summary>
    /// Empties the screenshots folder when it is the shared fallback (TestResults/e2e), so that
    /// a previous run's pictures are not taken for this one's; test.sh gives every run a new folder.
    /// </summary>
    public static void ClearStaleScreenshots()
    {
        if (!string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("JOLDAMA_TEST_RESULTS_DIR")))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(ScreenshotsDirectory).Where(f => f.EndsWith(".png", StringComparison.Ordinal) || f.EndsWith(".html", StringComparison.Ordinal)))
        {
            File.Delete(file);
        }
    }

    /// <summary>
    /// The built web app: <c>JOLDAMA_WEB_DLL</c> if set; else src/Joldama.Web's own output for the
    /// configuration these tests were built in (bin/Release/net10.0 for bin/Release/net10.0);
    /// else the copy beside the test binaries.
    /// </summary>
    public static string WebAppDll()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("JOLDAMA_WEB_DLL");
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return File.Exists(fromEnvironment)
                ? Path.GetFullPath(fromEnvironment)
                : throw new FileNotFoundException($"JOLDAMA_WEB_DLL points to a missing file: {fromEnvironment}");
        }

        var testProjectDirectory = Path.Combine(RepoRoot, "tests", "Joldama.E2E");
        var outputRelative = Path.GetRelativePath(testProjectDirectory, AppContext.BaseDirectory);
        if (!outputRelative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(outputRelative))
        {
            var candidate = Path.Combine(WebProjectDirectory, outputRelative, "Joldama.Web.dll");
            if (File.Exists(candidate))
            {
                return Path.GetFullPath(candidate);
            }
        }

        var besideTests = Path.Combine(AppContext.BaseDirectory, "Joldama.Web.dll");
        return File.Exists(besideTests)
            ? besideTests
            : throw new FileNotFoundException("Joldama.Web.dll was not found; build src/Joldama.Web first or set JOLDAMA_WEB_DLL.");
    }

    /// <summary>src/Joldama.Web: the content root, so the app serves wwwroot as it does when run from source.</summary>
    public static string WebProjectDirectory => Path.Combine(RepoRoot, "src", "Joldama.Web");

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Joldama.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No Joldama.slnx above {AppContext.BaseDirectory}.");
    }

    private static string ResolveResultsDirectory()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("JOLDAMA_TEST_RESULTS_DIR");
        var directory = string.IsNullOrWhiteSpace(fromEnvironment)
            ? Path.Combine(RepoRoot, "TestResults", "e2e")
            : fromEnvironment;
        return Directory.CreateDirectory(directory).FullName;
    }
}
