using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IntegrityPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Investigations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AcuStaffing",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ForceId = table.Column<int>(type: "INTEGER", nullable: false),
                    AsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Posts = table.Column<int>(type: "INTEGER", nullable: false),
                    FullTimeEquivalent = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RecordedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AcuStaffing", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AcuStaffing_Forces_ForceId",
                        column: x => x.ForceId,
                        principalTable: "Forces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Investigations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ForceId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReferenceYear = table.Column<int>(type: "INTEGER", nullable: false),
                    ReferenceNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    Category = table.Column<int>(type: "INTEGER", nullable: false),
                    Origin = table.Column<int>(type: "INTEGER", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<int>(type: "INTEGER", nullable: true),
                    OutcomeNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    OpenedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    OpenedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Investigations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Investigations_Forces_ForceId",
                        column: x => x.ForceId,
                        principalTable: "Forces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InvestigationLinks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ForceId = table.Column<int>(type: "INTEGER", nullable: false),
                    InvestigationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    RecordId = table.Column<int>(type: "INTEGER", nullable: false),
                    AddedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    AddedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InvestigationLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InvestigationLinks_Forces_ForceId",
                        column: x => x.ForceId,
                        principalTable: "Forces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_InvestigationLinks_Investigations_InvestigationId",
                        column: x => x.InvestigationId,
                        principalTable: "Investigations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InvestigationLogEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ForceId = table.Column<int>(type: "INTEGER", nullable: false),
                    InvestigationId = table.Column<int>(type: "INTEGER", nullable: false),
                    EntryOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Author = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RecordedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InvestigationLogEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InvestigationLogEntries_Forces_ForceId",
                        column: x => x.ForceId,
                        principalTable: "Forces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_InvestigationLogEntries_Investigations_InvestigationId",
                        column: x => x.InvestigationId,
                        principalTable: "Investigations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InvestigationPeople",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ForceId = table.Column<int>(type: "INTEGER", nullable: false),
                    InvestigationId = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonId = table.Column<int>(type: "INTEGER", nullable: false),
                    AddedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    AddedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InvestigationPeople", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InvestigationPeople_Forces_ForceId",
                        column: x => x.ForceId,
                        principalTable: "Forces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_InvestigationPeople_Investigations_InvestigationId",
                        column: x => x.InvestigationId,
                        principalTable: "Investigations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_InvestigationPeople_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SuspectedLeaks_InvestigationId",
                table: "SuspectedLeaks",
                column: "InvestigationId");

            migrationBuilder.CreateIndex(
                name: "IX_AcuStaffing_ForceId_AsOn",
                table: "AcuStaffing",
                columns: new[] { "ForceId", "AsOn" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InvestigationLinks_ForceId_Kind_RecordId",
                table: "InvestigationLinks",
                columns: new[] { "ForceId", "Kind", "RecordId" });

            migrationBuilder.CreateIndex(
                name: "IX_InvestigationLinks_InvestigationId_Kind_RecordId",
                table: "InvestigationLinks",
                columns: new[] { "InvestigationId", "Kind", "RecordId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InvestigationLogEntries_ForceId",
                table: "InvestigationLogEntries",
                column: "ForceId");

            migrationBuilder.CreateIndex(
                name: "IX_InvestigationLogEntries_InvestigationId_EntryOn",
                table: "InvestigationLogEntries",
                columns: new[] { "InvestigationId", "EntryOn" });

            migrationBuilder.CreateIndex(
                name: "IX_InvestigationPeople_ForceId_PersonId",
                table: "InvestigationPeople",
                columns: new[] { "ForceId", "PersonId" });

            migrationBuilder.CreateIndex(
                name: "IX_InvestigationPeople_InvestigationId_PersonId",
                table: "InvestigationPeople",
                columns: new[] { "InvestigationId", "PersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InvestigationPeople_PersonId",
                table: "InvestigationPeople",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_Investigations_ForceId_Category_OpenedOn",
                table: "Investigations",
                columns: new[] { "ForceId", "Category", "OpenedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Investigations_ForceId_OpenedOn",
                table: "Investigations",
                columns: new[] { "ForceId", "OpenedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Investigations_ForceId_Origin_OpenedOn",
                table: "Investigations",
                columns: new[] { "ForceId", "Origin", "OpenedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Investigations_ForceId_ReferenceYear_ReferenceNumber",
                table: "Investigations",
                columns: new[] { "ForceId", "ReferenceYear", "ReferenceNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Investigations_ForceId_Status_OpenedOn",
                table: "Investigations",
                columns: new[] { "ForceId", "Status", "OpenedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AcuStaffing");

            migrationBuilder.DropTable(
                name: "InvestigationLinks");

            migrationBuilder.DropTable(
                name: "InvestigationLogEntries");

            migrationBuilder.DropTable(
                name: "InvestigationPeople");

            migrationBuilder.DropTable(
                name: "Investigations");

            migrationBuilder.DropIndex(
                name: "IX_SuspectedLeaks_InvestigationId",
                table: "SuspectedLeaks");
        }
    }
}
