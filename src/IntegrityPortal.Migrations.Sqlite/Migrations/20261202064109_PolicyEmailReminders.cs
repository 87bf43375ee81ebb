using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IntegrityPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PolicyEmailReminders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "PolicyEmailReminders",
                table: "ForceSettings",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "PolicyReminders",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ForceId = table.Column<int>(type: "INTEGER", nullable: false),
                    PolicyTaskId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    SentUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PolicyReminders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PolicyReminders_PolicyTasks_PolicyTaskId",
                        column: x => x.PolicyTaskId,
                        principalTable: "PolicyTasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PolicyReminders_ForceId_SentUtc",
                table: "PolicyReminders",
                columns: new[] { "ForceId", "SentUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_PolicyReminders_PolicyTaskId_Kind",
                table: "PolicyReminders",
                columns: new[] { "PolicyTaskId", "Kind" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PolicyReminders");

            migrationBuilder.DropColumn(
                name: "PolicyEmailReminders",
                table: "ForceSettings");
        }
    }
}
