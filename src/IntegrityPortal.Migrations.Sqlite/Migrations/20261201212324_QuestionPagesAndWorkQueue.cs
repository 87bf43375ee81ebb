using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IntegrityPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class QuestionPagesAndWorkQueue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "CompletedUtc",
                table: "MediaContacts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "FormDrafts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ForceId = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Answers = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SubmittedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RecordId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FormDrafts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FormDrafts_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MediaContactVersion",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ForceId = table.Column<int>(type: "INTEGER", nullable: false),
                    MediaContactId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    RecordedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Details = table.Column<string>(type: "TEXT", nullable: false),
                    OutletName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediaContactVersion", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MediaContactVersion_Forces_ForceId",
                        column: x => x.ForceId,
                        principalTable: "Forces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MediaContactVersion_MediaContacts_MediaContactId",
                        column: x => x.MediaContactId,
                        principalTable: "MediaContacts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MediaContacts_ForceId_WasAuthorised_ContactedUtc",
                table: "MediaContacts",
                columns: new[] { "ForceId", "WasAuthorised", "ContactedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_FormDrafts_ForceId_PersonId",
                table: "FormDrafts",
                columns: new[] { "ForceId", "PersonId" });

            migrationBuilder.CreateIndex(
                name: "IX_FormDrafts_PersonId",
                table: "FormDrafts",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_MediaContactVersion_ForceId",
                table: "MediaContactVersion",
                column: "ForceId");

            migrationBuilder.CreateIndex(
                name: "IX_MediaContactVersion_MediaContactId_Number",
                table: "MediaContactVersion",
                columns: new[] { "MediaContactId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FormDrafts");

            migrationBuilder.DropTable(
                name: "MediaContactVersion");

            migrationBuilder.DropIndex(
                name: "IX_MediaContacts_ForceId_WasAuthorised_ContactedUtc",
                table: "MediaContacts");

            migrationBuilder.DropColumn(
                name: "CompletedUtc",
                table: "MediaContacts");
        }
    }
}
