using System.Globalization;

namespace Joldama.Application.Conformity.Applications;

/// <summary>Human-readable numbers: the year and the first eight hex digits of the id (unique index guards a clash).</summary>
internal static class ApplicationNumbers
{
    public static string Application(int year, Guid id) => string.Create(CultureInfo.InvariantCulture, $"A-{year}-{Short(id)}");

    public static string Conclusion(int year, Guid id) => string.Create(CultureInfo.InvariantCulture, $"C-{year}-{Short(id)}");

    private static string Short(Guid id) => id.ToString("N", CultureInfo.InvariantCulture)[..8].ToUpperInvariant();
}
