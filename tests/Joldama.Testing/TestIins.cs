using System.Globalization;
using Joldama.Domain.Identifiers;

namespace Joldama.Testing;

/// <summary>Valid IINs for tests that register patients: a birth date and century digit of the test's own, serials counted up, the check digit computed.</summary>
public static class TestIins
{
    /// <summary>
    /// Valid IINs beginning with <paramref name="first7"/> (YYMMDD and the century/sex digit), serials from
    /// <paramref name="firstSerial"/> on; a serial whose check digit cannot be computed (remainder 10) is skipped.
    /// </summary>
    public static IEnumerable<string> Starting(string first7, int firstSerial)
    {
        for (var serial = firstSerial; ; serial++)
        {
            var first11 = string.Create(CultureInfo.InvariantCulture, $"{first7}{serial % 10_000:D4}");
            if ("0123456789".Select(d => first11 + d).FirstOrDefault(Iin.IsValid) is { } iin)
            {
                yield return iin;
            }
        }
    }
}
