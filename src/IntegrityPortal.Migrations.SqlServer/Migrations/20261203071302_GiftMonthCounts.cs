using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IntegrityPortal.Migrations.SqlServer.Migrations
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
                    ForceId = table.Column<int>(type: "int", nullable: false),
                    Month = table.Column<DateOnly>(type: "date", nullable: false),
                    Outcome = table.Column<int>(type: "int", nullable: false),
                    ApprovalStatus = table.Column<int>(type: "int", nullable: false),
                    ReviewStatus = table.Column<int>(type: "int", nullable: false),
                    IsFromSupplier = table.Column<bool>(type: "bit", nullable: false),
                    IsLate = table.Column<bool>(type: "bit", nullable: false),
                    Count = table.Column<int>(type: "int", nullable: false),
                    ValuePence = table.Column<long>(type: "bigint", nullable: false)
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
            migrationBuilder.Sql("INSERT INTO [GiftMonthCounts] ([ForceId], [Month], [Outcome], [ApprovalStatus], [ReviewStatus], [IsFromSupplier], [IsLate], [Count], [ValuePence]) SELECT [ForceId], DATEFROMPARTS(YEAR([DeclaredOn]), MONTH([DeclaredOn]), 1), [Outcome], [ApprovalStatus], [ReviewStatus], [IsFromSupplier], [IsLate], COUNT(*), SUM([ValuePence]) FROM [GiftDeclarations] GROUP BY [ForceId], DATEFROMPARTS(YEAR([DeclaredOn]), MONTH([DeclaredOn]), 1), [Outcome], [ApprovalStatus], [ReviewStatus], [IsFromSupplier], [IsLate];");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "GiftMonthCounts");
        }
    }
}
