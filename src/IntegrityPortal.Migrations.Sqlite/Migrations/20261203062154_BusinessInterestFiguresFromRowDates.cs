using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IntegrityPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class BusinessInterestFiguresFromRowDates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_BusinessInterestStep_ForceId",
                table: "BusinessInterestStep");

            migrationBuilder.DropIndex(
                name: "IX_BusinessInterests_ForceId_SubmittedOn_Figures",
                table: "BusinessInterests");

            migrationBuilder.CreateIndex(
                name: "IX_BusinessInterestStep_ForceId_Kind_OccurredUtc",
                table: "BusinessInterestStep",
                columns: new[] { "ForceId", "Kind", "OccurredUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_BusinessInterests_ForceId_SubmittedOn_Figures",
                table: "BusinessInterests",
                columns: new[] { "ForceId", "SubmittedOn", "DecisionOutcome", "Status", "AppealLodgedOn", "AppealOutcome", "DecidedOn", "WithdrawnOn", "AppealDecidedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_BusinessInterestStep_ForceId_Kind_OccurredUtc",
                table: "BusinessInterestStep");

            migrationBuilder.DropIndex(
                name: "IX_BusinessInterests_ForceId_SubmittedOn_Figures",
                table: "BusinessInterests");

            migrationBuilder.CreateIndex(
                name: "IX_BusinessInterestStep_ForceId",
                table: "BusinessInterestStep",
                column: "ForceId");

            migrationBuilder.CreateIndex(
                name: "IX_BusinessInterests_ForceId_SubmittedOn_Figures",
                table: "BusinessInterests",
                columns: new[] { "ForceId", "SubmittedOn", "DecisionOutcome", "Status", "AppealLodgedOn", "AppealOutcome" });
        }
    }
}
