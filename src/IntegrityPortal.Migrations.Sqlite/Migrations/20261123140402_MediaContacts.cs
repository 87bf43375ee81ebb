using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IntegrityPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class MediaContacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "MediaAdvanceNoticeRequired",
                table: "ForceSettings",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "MediaDepartmentName",
                table: "ForceSettings",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "Press office");

            migrationBuilder.CreateTable(
                name: "MediaContacts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ForceId = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonId = table.Column<int>(type: "INTEGER", nullable: false),
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: true),
                    ContactedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    JournalistName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OutletId = table.Column<int>(type: "INTEGER", nullable: false),
                    OutletName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Method = table.Column<int>(type: "INTEGER", nullable: false),
                    WasPreArranged = table.Column<bool>(type: "INTEGER", nullable: false),
                    WasVisitToMediaEstablishment = table.Column<bool>(type: "INTEGER", nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Disclosed = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    WasAuthorised = table.Column<bool>(type: "INTEGER", nullable: false),
                    AuthorisedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RecordedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AcknowledgedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    AcknowledgedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediaContacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MediaContacts_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MediaContacts_Forces_ForceId",
                        column: x => x.ForceId,
                        principalTable: "Forces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MediaContacts_Organisations_OutletId",
                        column: x => x.OutletId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MediaContacts_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SuspectedLeaks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ForceId = table.Column<int>(type: "INTEGER", nullable: false),
                    MediaContactId = table.Column<int>(type: "INTEGER", nullable: true),
                    OutletId = table.Column<int>(type: "INTEGER", nullable: false),
                    OutletName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    JournalistName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ArticleTitle = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    ArticlePublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ArticleUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    FlaggedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    FlaggedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    InvestigationId = table.Column<int>(type: "INTEGER", nullable: true),
                    PsdNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SuspectedLeaks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SuspectedLeaks_Forces_ForceId",
                        column: x => x.ForceId,
                        principalTable: "Forces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SuspectedLeaks_MediaContacts_MediaContactId",
                        column: x => x.MediaContactId,
                        principalTable: "MediaContacts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SuspectedLeaks_Organisations_OutletId",
                        column: x => x.OutletId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MediaContacts_DepartmentId",
                table: "MediaContacts",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_MediaContacts_ForceId_AcknowledgedUtc",
                table: "MediaContacts",
                columns: new[] { "ForceId", "AcknowledgedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_MediaContacts_ForceId_ContactedUtc",
                table: "MediaContacts",
                columns: new[] { "ForceId", "ContactedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_MediaContacts_ForceId_JournalistName_ContactedUtc",
                table: "MediaContacts",
                columns: new[] { "ForceId", "JournalistName", "ContactedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_MediaContacts_ForceId_OutletId_ContactedUtc",
                table: "MediaContacts",
                columns: new[] { "ForceId", "OutletId", "ContactedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_MediaContacts_ForceId_OutletName_ContactedUtc",
                table: "MediaContacts",
                columns: new[] { "ForceId", "OutletName", "ContactedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_MediaContacts_ForceId_PersonId_ContactedUtc",
                table: "MediaContacts",
                columns: new[] { "ForceId", "PersonId", "ContactedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_MediaContacts_OutletId",
                table: "MediaContacts",
                column: "OutletId");

            migrationBuilder.CreateIndex(
                name: "IX_MediaContacts_PersonId",
                table: "MediaContacts",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_SuspectedLeaks_ForceId_OutletId",
                table: "SuspectedLeaks",
                columns: new[] { "ForceId", "OutletId" });

            migrationBuilder.CreateIndex(
                name: "IX_SuspectedLeaks_ForceId_Status_FlaggedUtc",
                table: "SuspectedLeaks",
                columns: new[] { "ForceId", "Status", "FlaggedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_SuspectedLeaks_MediaContactId",
                table: "SuspectedLeaks",
                column: "MediaContactId");

            migrationBuilder.CreateIndex(
                name: "IX_SuspectedLeaks_OutletId",
                table: "SuspectedLeaks",
                column: "OutletId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SuspectedLeaks");

            migrationBuilder.DropTable(
                name: "MediaContacts");

            migrationBuilder.DropColumn(
                name: "MediaAdvanceNoticeRequired",
                table: "ForceSettings");

            migrationBuilder.DropColumn(
                name: "MediaDepartmentName",
                table: "ForceSettings");
        }
    }
}
