using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IntegrityPortal.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class DashboardInterestIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_BusinessInterests_ForceId_AppealDecidedOn_AppealOutcome",
                table: "BusinessInterests",
                columns: new[] { "ForceId", "AppealDecidedOn", "AppealOutcome" });

            migrationBuilder.CreateIndex(
                name: "IX_BusinessInterests_ForceId_AppealLodgedOn",
                table: "BusinessInterests",
                columns: new[] { "ForceId", "AppealLodgedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_BusinessInterests_ForceId_DecidedOn_Figures",
                table: "BusinessInterests",
                columns: new[] { "ForceId", "DecidedOn", "DecisionOutcome", "SubmittedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_BusinessInterests_ForceId_AppealDecidedOn_AppealOutcome",
                table: "BusinessInterests");

            migrationBuilder.DropIndex(
                name: "IX_BusinessInterests_ForceId_AppealLodgedOn",
                table: "BusinessInterests");

            migrationBuilder.DropIndex(
                name: "IX_BusinessInterests_ForceId_DecidedOn_Figures",
                table: "BusinessInterests");
        }
    }
}
