using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IntegrityPortal.Migrations.SqlServer.Migrations
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
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "PolicyReminders",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ForceId = table.Column<int>(type: "int", nullable: false),
                    PolicyTaskId = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    SentUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
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
