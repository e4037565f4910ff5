using Joldama.Bench.Baseline;

namespace Joldama.LoadBench;

/// <summary>
/// The SQL Joldama sends for the three queries of issue 7 — as EF Core's command log shows it, with the selected
/// columns abbreviated to <c>r.*</c> — and the values of this run (the demo region, a patient of it, last year).
/// </summary>
internal static class Queries
{
    private const string Worklist = "SELECT r.*, p.\"Iin\", p.\"LastName\", p.\"FirstName\", p.\"MiddleName\" FROM referral_cases AS r INNER JOIN patients AS p ON r.\"PatientId\" = p.\"Id\" " +
        "WHERE r.\"RegionCode\" = $1 AND r.\"State\" <> 'Draft'";

    public static IEnumerable<(string Title, string Sql, object[] Parameters)> For(BaselineWorld world, string iin, int year) =>
    [
        ("Commission worklist, first page: running deadlines of the region (first query)",
            Worklist + " AND r.\"DueOn\" IS NOT NULL ORDER BY r.\"DueOn\", r.\"StateSince\" LIMIT 50 OFFSET 0", [world.Region]),
        ("Commission worklist, first page: the rest by the moment the state began (second query, when fewer than 50 deadlines)",
            Worklist + " AND r.\"DueOn\" IS NULL ORDER BY r.\"StateSince\" LIMIT 50 OFFSET 0", [world.Region]),
        ("Search by IIN within the region",
            Worklist + " AND p.\"Iin\" = CAST($2 AS character(12)) ORDER BY r.\"DueOn\" IS NULL, r.\"DueOn\", r.\"StateSince\" LIMIT 50 OFFSET 0", [world.Region, iin]),
        ("Annual report (§42): the region's discharges in the year",
            "SELECT r.\"Id\", r.\"HtmcCode\", o.\"Id\" AS \"ProviderId\", o.\"NameKk\", o.\"NameRu\", r.\"AdmittedAt\", r.\"DischargedOn\" FROM referral_cases AS r " +
            "INNER JOIN organizations AS o ON r.\"ProviderOrganizationId\" = o.\"Id\" WHERE r.\"RegionCode\" = $1 AND r.\"State\" <> 'Draft' AND r.\"DischargedOn\" >= $2 " +
            "AND r.\"DischargedOn\" <= $3 AND r.\"ProviderOrganizationId\" IS NOT NULL AND r.\"AdmittedAt\" IS NOT NULL", [world.Region, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)]),
        ("Annual report (§42): the follow-ups of those cases (EF sends their ids as one array parameter)",
            "SELECT f.* FROM referral_follow_ups AS f WHERE f.\"CaseId\" = ANY (ARRAY(SELECT r.\"Id\" FROM referral_cases AS r WHERE r.\"RegionCode\" = $1 AND r.\"DischargedOn\" >= $2 AND r.\"DischargedOn\" <= $3))",
            [world.Region, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)]),
    ];
}
