using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IntegrityPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ReportingStatusEvents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "AnsweredOn",
                table: "SuspectedLeaks",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "GiftDeclarationStatusChange",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ForceId = table.Column<int>(type: "INTEGER", nullable: false),
                    DeclarationId = table.Column<int>(type: "INTEGER", nullable: false),
                    EffectiveOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Outcome = table.Column<int>(type: "INTEGER", nullable: false),
                    ValuePence = table.Column<long>(type: "INTEGER", nullable: false),
                    ApprovalStatus = table.Column<int>(type: "INTEGER", nullable: false),
                    ReviewStatus = table.Column<int>(type: "INTEGER", nullable: false),
                    IsFromSupplier = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsLate = table.Column<bool>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RecordedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GiftDeclarationStatusChange", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GiftDeclarationStatusChange_Forces_ForceId",
                        column: x => x.ForceId,
                        principalTable: "Forces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_GiftDeclarationStatusChange_GiftDeclarations_DeclarationId",
                        column: x => x.DeclarationId,
                        principalTable: "GiftDeclarations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InvestigationStatusChanges",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ForceId = table.Column<int>(type: "INTEGER", nullable: false),
                    InvestigationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    EffectiveOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RecordedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InvestigationStatusChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InvestigationStatusChanges_Forces_ForceId",
                        column: x => x.ForceId,
                        principalTable: "Forces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_InvestigationStatusChanges_Investigations_InvestigationId",
                        column: x => x.InvestigationId,
                        principalTable: "Investigations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SuspectedLeaks_ForceId_FlaggedUtc",
                table: "SuspectedLeaks",
                columns: new[] { "ForceId", "FlaggedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_GiftDeclarations_ForceId_DeclaredOn",
                table: "GiftDeclarations",
                columns: new[] { "ForceId", "DeclaredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_GiftDeclarationStatusChange_DeclarationId_EffectiveOn",
                table: "GiftDeclarationStatusChange",
                columns: new[] { "DeclarationId", "EffectiveOn" });

            migrationBuilder.CreateIndex(
                name: "IX_GiftDeclarationStatusChange_ForceId",
                table: "GiftDeclarationStatusChange",
                column: "ForceId");

            migrationBuilder.CreateIndex(
                name: "IX_InvestigationStatusChanges_ForceId",
                table: "InvestigationStatusChanges",
                column: "ForceId");

            migrationBuilder.CreateIndex(
                name: "IX_InvestigationStatusChanges_InvestigationId_EffectiveOn",
                table: "InvestigationStatusChanges",
                columns: new[] { "InvestigationId", "EffectiveOn" });

            // Records kept before dated status changes: their status today, dated as well as the
            // rows allow (opened and closed dates; a declaration as it stands, on the day made).
            migrationBuilder.Sql("""
                INSERT INTO "InvestigationStatusChanges" ("ForceId", "InvestigationId", "Status", "EffectiveOn", "RecordedBy", "RecordedUtc")
                SELECT "ForceId", "Id", 1, "OpenedOn", 'migration', "OpenedUtc" FROM "Investigations";
                """);
            migrationBuilder.Sql("""
                INSERT INTO "InvestigationStatusChanges" ("ForceId", "InvestigationId", "Status", "EffectiveOn", "RecordedBy", "RecordedUtc")
                SELECT "ForceId", "Id", "Status", COALESCE("ClosedOn", "OpenedOn"), 'migration', "OpenedUtc" FROM "Investigations" WHERE "Status" <> 1;
                """);
            migrationBuilder.Sql("""
                INSERT INTO "GiftDeclarationStatusChange" ("ForceId", "DeclarationId", "EffectiveOn", "Outcome", "ValuePence", "ApprovalStatus", "ReviewStatus", "IsFromSupplier", "IsLate", "RecordedBy", "RecordedUtc")
                SELECT d."ForceId", d."Id", d."DeclaredOn", d."Outcome", d."ValuePence", d."ApprovalStatus", d."ReviewStatus", d."IsFromSupplier", d."IsLate", 'migration',
                       COALESCE((SELECT MIN(v."RecordedUtc") FROM "GiftDeclarationVersion" v WHERE v."DeclarationId" = d."Id"), CURRENT_TIMESTAMP)
                FROM "GiftDeclarations" d;
                """);
            migrationBuilder.Sql("""UPDATE "SuspectedLeaks" SET "AnsweredOn" = date("FlaggedUtc") WHERE "Status" <> 1;""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "GiftDeclarationStatusChange");

            migrationBuilder.DropTable(
                name: "InvestigationStatusChanges");

            migrationBuilder.DropIndex(
                name: "IX_SuspectedLeaks_ForceId_FlaggedUtc",
                table: "SuspectedLeaks");

            migrationBuilder.DropIndex(
                name: "IX_GiftDeclarations_ForceId_DeclaredOn",
                table: "GiftDeclarations");

            migrationBuilder.DropColumn(
                name: "AnsweredOn",
                table: "SuspectedLeaks");
        }
    }
}
