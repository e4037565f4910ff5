using System.Globalization;
using Joldama.Domain.Referrals.FollowUp;

namespace Joldama.Application.Tests.Referrals.Reports;

/// <summary>A 2025 report of two providers with Kazakh names, as on 31 March 2026.</summary>
internal static class AnnualReportSample
{
    public const string Cardio = "«Ұлттық ғылыми кардиохирургия орталығы» АҚ";
    public const string Neuro = "=«Нейрохирургия орталығы» АҚ"; // a name a spreadsheet would take for a formula

    public static AnnualReport Report { get; } = AnnualReport.Build(
    [
        Case("35.21", 1, Cardio, "2025-01-15", E(FollowUpKind.Complication, "2025-02-01", null), E(FollowUpKind.AliveAtOneYear, "2026-01-20", null)),
        Case("35.21", 1, Cardio, "2025-02-10", E(FollowUpKind.Death, "2025-06-01", "қайтыс болды")),
        Case("35.21", 1, Cardio, "2025-03-01", E(FollowUpKind.AliveAtOneYear, "2026-03-02", null)),
        Case("81.08", 2, Neuro, "2025-12-01", E(FollowUpKind.Disability, "2026-01-10", null)),
    ], 2025, D("2026-03-31"));

    public static DateOnly D(string date) => DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static FollowUpEntry E(FollowUpKind kind, string on, string? note) => new(kind, D(on), note);

    private static TreatedCase Case(string code, int provider, string name, string discharged, params FollowUpEntry[] entries) =>
        new(Guid.NewGuid(), code, new Guid(provider, 0, 0, new byte[8]), name, DateOnly.FromDayNumber(D(discharged).DayNumber - 10), D(discharged), entries);
}
