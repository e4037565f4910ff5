using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Joldama.Data.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ReferralIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_referral_cases_region_deadline",
                table: "referral_cases",
                columns: new[] { "RegionCode", "DueOn", "StateSince" },
                filter: "\"DueOn\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_referral_cases_region_discharged",
                table: "referral_cases",
                columns: new[] { "RegionCode", "DischargedOn" },
                filter: "\"DischargedOn\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_referral_cases_RegionCode_StateSince",
                table: "referral_cases",
                columns: new[] { "RegionCode", "StateSince" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_referral_cases_region_deadline",
                table: "referral_cases");

            migrationBuilder.DropIndex(
                name: "IX_referral_cases_region_discharged",
                table: "referral_cases");

            migrationBuilder.DropIndex(
                name: "IX_referral_cases_RegionCode_StateSince",
                table: "referral_cases");
        }
    }
}
