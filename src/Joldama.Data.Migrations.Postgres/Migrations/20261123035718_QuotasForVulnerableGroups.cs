using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Joldama.Data.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class QuotasForVulnerableGroups : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "IsScientific",
                table: "organizations",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "pandemic_periods",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: false),
                    Basis = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    SetByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    SetByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SetAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pandemic_periods", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "quota_periods",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: false),
                    PlannedVolume = table.Column<int>(type: "integer", nullable: false),
                    DecidedCount = table.Column<int>(type: "integer", nullable: false),
                    SetByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    SetByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SetAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_quota_periods", x => x.Id);
                    table.ForeignKey(
                        name: "FK_quota_periods_organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "quota_decisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PeriodId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    PatientId = table.Column<Guid>(type: "uuid", nullable: false),
                    Groups = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Indication = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    HtmcCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DecidedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    DecidedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    PlannedVolume = table.Column<int>(type: "integer", nullable: false),
                    Percent = table.Column<int>(type: "integer", nullable: false),
                    LimitCount = table.Column<int>(type: "integer", nullable: false),
                    Level = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Mode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_quota_decisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_quota_decisions_organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_quota_decisions_patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_quota_decisions_quota_periods_PeriodId",
                        column: x => x.PeriodId,
                        principalTable: "quota_periods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_pandemic_periods_From",
                table: "pandemic_periods",
                column: "From");

            migrationBuilder.CreateIndex(
                name: "IX_quota_decisions_OrganizationId_DecidedOn",
                table: "quota_decisions",
                columns: new[] { "OrganizationId", "DecidedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_quota_decisions_PatientId",
                table: "quota_decisions",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_quota_decisions_PeriodId_Number",
                table: "quota_decisions",
                columns: new[] { "PeriodId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_quota_periods_OrganizationId_From",
                table: "quota_periods",
                columns: new[] { "OrganizationId", "From" });

            migrationBuilder.CreateIndex(
                name: "IX_quota_periods_RegionCode_From",
                table: "quota_periods",
                columns: new[] { "RegionCode", "From" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "pandemic_periods");

            migrationBuilder.DropTable(
                name: "quota_decisions");

            migrationBuilder.DropTable(
                name: "quota_periods");

            migrationBuilder.DropColumn(
                name: "IsScientific",
                table: "organizations");
        }
    }
}
