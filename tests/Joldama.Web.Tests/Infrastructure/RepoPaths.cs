namespace Joldama.Web.Tests.Infrastructure;

/// <summary>The repository root: the nearest folder above the test binaries that holds Joldama.slnx.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Resx(string language) =>
        Path.Combine(Root, "src", "Joldama.Application", "Resources", $"SharedResource.{language}.resx");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Joldama.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Joldama.slnx above {AppContext.BaseDirectory}.");
    }
}
