using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IntegrityPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class GiftClosedQuarters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "GiftClosedQuarters",
                columns: table => new
                {
                    ForceId = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstDay = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Declared = table.Column<int>(type: "INTEGER", nullable: false),
                    Accepted = table.Column<int>(type: "INTEGER", nullable: false),
                    AwaitingApproval = table.Column<int>(type: "INTEGER", nullable: false),
                    ApprovalRefused = table.Column<int>(type: "INTEGER", nullable: false),
                    Declined = table.Column<int>(type: "INTEGER", nullable: false),
                    AcceptedValuePence = table.Column<long>(type: "INTEGER", nullable: false),
                    FromSuppliers = table.Column<int>(type: "INTEGER", nullable: false),
                    Late = table.Column<int>(type: "INTEGER", nullable: false),
                    Reviewed = table.Column<int>(type: "INTEGER", nullable: false),
                    NeedingAction = table.Column<int>(type: "INTEGER", nullable: false),
                    MedianDaysToDeclare = table.Column<double>(type: "REAL", nullable: true),
                    BacklogCount = table.Column<int>(type: "INTEGER", nullable: false),
                    BacklogOldestDays = table.Column<int>(type: "INTEGER", nullable: true),
                    BacklogOverAgeDays = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GiftClosedQuarters", x => new { x.ForceId, x.FirstDay });
                    table.ForeignKey(
                        name: "FK_GiftClosedQuarters_Forces_ForceId",
                        column: x => x.ForceId,
                        principalTable: "Forces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "GiftClosedQuarters");
        }
    }
}
