using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IntegrityPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class BusinessInterests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "BusinessInterestAppealDays",
                table: "ForceSettings",
                type: "INTEGER",
                nullable: false,
                defaultValue: 28);

            migrationBuilder.AddColumn<string>(
                name: "BusinessInterestAppellateRole",
                table: "ForceSettings",
                type: "TEXT",
                maxLength: 50,
                nullable: false,
                defaultValue: "dcc");

            migrationBuilder.AddColumn<string>(
                name: "BusinessInterestDecisionMakerRole",
                table: "ForceSettings",
                type: "TEXT",
                maxLength: 50,
                nullable: false,
                defaultValue: "head-of-psd");

            migrationBuilder.AddColumn<bool>(
                name: "BusinessInterestLineManagerStep",
                table: "ForceSettings",
                type: "INTEGER",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<int>(
                name: "BusinessInterestReviewMonths",
                table: "ForceSettings",
                type: "INTEGER",
                nullable: false,
                defaultValue: 12);

            migrationBuilder.CreateTable(
                name: "BusinessInterests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ForceId = table.Column<int>(type: "INTEGER", nullable: false),
                    ApplicantId = table.Column<int>(type: "INTEGER", nullable: false),
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganisationName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Sector = table.Column<int>(type: "INTEGER", nullable: false),
                    Work = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    HoursPerWeek = table.Column<decimal>(type: "TEXT", precision: 5, scale: 1, nullable: false),
                    WhenHoursFall = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContractedHoursPerWeek = table.Column<decimal>(type: "TEXT", precision: 5, scale: 1, nullable: false),
                    PayBand = table.Column<int>(type: "INTEGER", nullable: false),
                    InsideForceArea = table.Column<bool>(type: "INTEGER", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    UsesPoliceSkills = table.Column<bool>(type: "INTEGER", nullable: false),
                    OrganisationSuppliesForce = table.Column<bool>(type: "INTEGER", nullable: false),
                    ConflictSeen = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    PreFlags = table.Column<int>(type: "INTEGER", nullable: false),
                    SubmittedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LineManagerPersonId = table.Column<int>(type: "INTEGER", nullable: true),
                    RiskRating = table.Column<int>(type: "INTEGER", nullable: true),
                    AssessmentChecks = table.Column<int>(type: "INTEGER", nullable: false),
                    AssessmentReasons = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DecisionOutcome = table.Column<int>(type: "INTEGER", nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecidedByPersonId = table.Column<int>(type: "INTEGER", nullable: true),
                    Conditions = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DecisionReasons = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    AppealLodgedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AppealGrounds = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    AppealOutcome = table.Column<int>(type: "INTEGER", nullable: true),
                    AppealDecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReviewDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LastReviewedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    HolderConfirmedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    WithdrawnOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CurrentVersionNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BusinessInterests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BusinessInterests_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BusinessInterests_Forces_ForceId",
                        column: x => x.ForceId,
                        principalTable: "Forces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BusinessInterests_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BusinessInterests_People_ApplicantId",
                        column: x => x.ApplicantId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BusinessInterests_People_DecidedByPersonId",
                        column: x => x.DecidedByPersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BusinessInterests_People_LineManagerPersonId",
                        column: x => x.LineManagerPersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "BusinessInterestStep",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ForceId = table.Column<int>(type: "INTEGER", nullable: false),
                    BusinessInterestId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    OccurredUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ByUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ByPersonId = table.Column<int>(type: "INTEGER", nullable: true),
                    ByRole = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Comments = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BusinessInterestStep", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BusinessInterestStep_BusinessInterests_BusinessInterestId",
                        column: x => x.BusinessInterestId,
                        principalTable: "BusinessInterests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BusinessInterestStep_Forces_ForceId",
                        column: x => x.ForceId,
                        principalTable: "Forces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "BusinessInterestVersion",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ForceId = table.Column<int>(type: "INTEGER", nullable: false),
                    BusinessInterestId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    RecordedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Details = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BusinessInterestVersion", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BusinessInterestVersion_BusinessInterests_BusinessInterestId",
                        column: x => x.BusinessInterestId,
                        principalTable: "BusinessInterests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BusinessInterestVersion_Forces_ForceId",
                        column: x => x.ForceId,
                        principalTable: "Forces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BusinessInterests_ApplicantId",
                table: "BusinessInterests",
                column: "ApplicantId");

            migrationBuilder.CreateIndex(
                name: "IX_BusinessInterests_DecidedByPersonId",
                table: "BusinessInterests",
                column: "DecidedByPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_BusinessInterests_DepartmentId",
                table: "BusinessInterests",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_BusinessInterests_ForceId_ApplicantId_CreatedOn",
                table: "BusinessInterests",
                columns: new[] { "ForceId", "ApplicantId", "CreatedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_BusinessInterests_ForceId_DecisionOutcome_DecidedOn",
                table: "BusinessInterests",
                columns: new[] { "ForceId", "DecisionOutcome", "DecidedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_BusinessInterests_ForceId_Kind_DecidedOn",
                table: "BusinessInterests",
                columns: new[] { "ForceId", "Kind", "DecidedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_BusinessInterests_ForceId_LineManagerPersonId_Status",
                table: "BusinessInterests",
                columns: new[] { "ForceId", "LineManagerPersonId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_BusinessInterests_ForceId_OrganisationName_DecidedOn",
                table: "BusinessInterests",
                columns: new[] { "ForceId", "OrganisationName", "DecidedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_BusinessInterests_ForceId_Status_ReviewDueOn",
                table: "BusinessInterests",
                columns: new[] { "ForceId", "Status", "ReviewDueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_BusinessInterests_ForceId_Status_SubmittedOn",
                table: "BusinessInterests",
                columns: new[] { "ForceId", "Status", "SubmittedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_BusinessInterests_ForceId_SubmittedOn",
                table: "BusinessInterests",
                columns: new[] { "ForceId", "SubmittedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_BusinessInterests_LineManagerPersonId",
                table: "BusinessInterests",
                column: "LineManagerPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_BusinessInterests_OrganisationId",
                table: "BusinessInterests",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_BusinessInterestStep_BusinessInterestId_OccurredUtc",
                table: "BusinessInterestStep",
                columns: new[] { "BusinessInterestId", "OccurredUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_BusinessInterestStep_ForceId",
                table: "BusinessInterestStep",
                column: "ForceId");

            migrationBuilder.CreateIndex(
                name: "IX_BusinessInterestVersion_BusinessInterestId_Number",
                table: "BusinessInterestVersion",
                columns: new[] { "BusinessInterestId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BusinessInterestVersion_ForceId",
                table: "BusinessInterestVersion",
                column: "ForceId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BusinessInterestStep");

            migrationBuilder.DropTable(
                name: "BusinessInterestVersion");

            migrationBuilder.DropTable(
                name: "BusinessInterests");

            migrationBuilder.DropColumn(
                name: "BusinessInterestAppealDays",
                table: "ForceSettings");

            migrationBuilder.DropColumn(
                name: "BusinessInterestAppellateRole",
                table: "ForceSettings");

            migrationBuilder.DropColumn(
                name: "BusinessInterestDecisionMakerRole",
                table: "ForceSettings");

            migrationBuilder.DropColumn(
                name: "BusinessInterestLineManagerStep",
                table: "ForceSettings");

            migrationBuilder.DropColumn(
                name: "BusinessInterestReviewMonths",
                table: "ForceSettings");
        }
    }
}
