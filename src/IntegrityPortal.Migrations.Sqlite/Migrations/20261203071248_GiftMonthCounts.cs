using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IntegrityPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class GiftMonthCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "GiftMonthCounts",
                columns: table => new
                {
                    ForceId = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Outcome = table.Column<int>(type: "INTEGER", nullable: false),
                    ApprovalStatus = table.Column<int>(type: "INTEGER", nullable: false),
                    ReviewStatus = table.Column<int>(type: "INTEGER", nullable: false),
                    IsFromSupplier = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsLate = table.Column<bool>(type: "INTEGER", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    ValuePence = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GiftMonthCounts", x => new { x.ForceId, x.Month, x.Outcome, x.ApprovalStatus, x.ReviewStatus, x.IsFromSupplier, x.IsLate });
                    table.ForeignKey(
                        name: "FK_GiftMonthCounts_Forces_ForceId",
                        column: x => x.ForceId,
                        principalTable: "Forces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            // The counts of the declarations already made (decision 0073); from here on every save keeps them.
            migrationBuilder.Sql("INSERT INTO \"GiftMonthCounts\" (\"ForceId\", \"Month\", \"Outcome\", \"ApprovalStatus\", \"ReviewStatus\", \"IsFromSupplier\", \"IsLate\", \"Count\", \"ValuePence\") SELECT \"ForceId\", date(\"DeclaredOn\", 'start of month'), \"Outcome\", \"ApprovalStatus\", \"ReviewStatus\", \"IsFromSupplier\", \"IsLate\", COUNT(*), SUM(\"ValuePence\") FROM \"GiftDeclarations\" GROUP BY \"ForceId\", date(\"DeclaredOn\", 'start of month'), \"Outcome\", \"ApprovalStatus\", \"ReviewStatus\", \"IsFromSupplier\", \"IsLate\";");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "GiftMonthCounts");
        }
    }
}
