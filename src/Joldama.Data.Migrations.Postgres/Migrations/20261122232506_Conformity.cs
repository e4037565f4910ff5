using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Joldama.Data.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Conformity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "conformity_applications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ForYear = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ReissueOfConclusionId = table.Column<Guid>(type: "uuid", nullable: true),
                    ReissueReason = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    ReissueNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    FiledBy = table.Column<Guid>(type: "uuid", nullable: false),
                    FiledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ReviewDueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    InspectorId = table.Column<Guid>(type: "uuid", nullable: true),
                    SubmittedForSignatureAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ReturnComment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    SignedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    SignedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    WithdrawnAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_conformity_applications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_conformity_applications_organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "devices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    TypeName = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Model = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SerialNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    OutOfOrderSince = table.Column<DateOnly>(type: "date", nullable: true),
                    RetiredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_devices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_devices_organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "specialists",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    FullName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Iin = table.Column<string>(type: "character(12)", fixedLength: true, maxLength: 12, nullable: false),
                    Certificates = table.Column<string>(type: "text", nullable: false),
                    Experience = table.Column<string>(type: "text", nullable: false),
                    Education = table.Column<string>(type: "text", nullable: false),
                    Conditions = table.Column<string>(type: "text", nullable: false),
                    LeftOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_specialists", x => x.Id);
                    table.ForeignKey(
                        name: "FK_specialists_organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "conformity_application_items",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    PlannedVolume = table.Column<int>(type: "integer", nullable: true),
                    SpecialistIds = table.Column<string>(type: "text", nullable: false),
                    DeviceIds = table.Column<string>(type: "text", nullable: false),
                    Facts = table.Column<string>(type: "text", nullable: true),
                    EvaluatedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Criteria = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_conformity_application_items", x => x.Id);
                    table.ForeignKey(
                        name: "FK_conformity_application_items_conformity_applications_Applic~",
                        column: x => x.ApplicationId,
                        principalTable: "conformity_applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "conformity_conclusions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Positive = table.Column<bool>(type: "boolean", nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    ValidTo = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SignedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    SignedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SignedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SignedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Criteria = table.Column<string>(type: "text", nullable: false),
                    SupersedesId = table.Column<Guid>(type: "uuid", nullable: true),
                    SupersededById = table.Column<Guid>(type: "uuid", nullable: true),
                    ReissueReason = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    FundCopyAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    FlaggedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_conformity_conclusions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_conformity_conclusions_conformity_applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "conformity_applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_conformity_conclusions_organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "conformity_alerts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ConclusionId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    RaisedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Trigger = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Subject = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    ChangedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    UpdateDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Failures = table.Column<string>(type: "text", nullable: false),
                    ProviderAcknowledgedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DepartmentAcknowledgedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_conformity_alerts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_conformity_alerts_conformity_conclusions_ConclusionId",
                        column: x => x.ConclusionId,
                        principalTable: "conformity_conclusions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_conformity_alerts_ConclusionId",
                table: "conformity_alerts",
                column: "ConclusionId");

            migrationBuilder.CreateIndex(
                name: "IX_conformity_alerts_OrganizationId",
                table: "conformity_alerts",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_conformity_alerts_RegionCode",
                table: "conformity_alerts",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_conformity_application_items_ApplicationId",
                table: "conformity_application_items",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_conformity_applications_Number",
                table: "conformity_applications",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_conformity_applications_OrganizationId_ForYear",
                table: "conformity_applications",
                columns: new[] { "OrganizationId", "ForYear" });

            migrationBuilder.CreateIndex(
                name: "IX_conformity_applications_RegionCode_Status_ReviewDueOn",
                table: "conformity_applications",
                columns: new[] { "RegionCode", "Status", "ReviewDueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_conformity_conclusions_ApplicationId",
                table: "conformity_conclusions",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_conformity_conclusions_Code_Status_ValidFrom_ValidTo",
                table: "conformity_conclusions",
                columns: new[] { "Code", "Status", "ValidFrom", "ValidTo" });

            migrationBuilder.CreateIndex(
                name: "IX_conformity_conclusions_Number",
                table: "conformity_conclusions",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_conformity_conclusions_OrganizationId",
                table: "conformity_conclusions",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_devices_OrganizationId",
                table: "devices",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_specialists_OrganizationId_Iin",
                table: "specialists",
                columns: new[] { "OrganizationId", "Iin" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "conformity_alerts");

            migrationBuilder.DropTable(
                name: "conformity_application_items");

            migrationBuilder.DropTable(
                name: "devices");

            migrationBuilder.DropTable(
                name: "specialists");

            migrationBuilder.DropTable(
                name: "conformity_conclusions");

            migrationBuilder.DropTable(
                name: "conformity_applications");
        }
    }
}
