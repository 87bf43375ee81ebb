using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IntegrityPortal.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ScaleIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_GiftDeclarations_ForceId_ApprovalStatus",
                table: "GiftDeclarations");

            migrationBuilder.DropIndex(
                name: "IX_GiftDeclarations_ForceId_OrganisationName_OfferedOn",
                table: "GiftDeclarations");

            migrationBuilder.CreateIndex(
                name: "IX_GiftDeclarations_ForceId_ApprovalStatus_OfferedOn",
                table: "GiftDeclarations",
                columns: new[] { "ForceId", "ApprovalStatus", "OfferedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_GiftDeclarations_ForceId_IsFromSupplier_OfferedOn",
                table: "GiftDeclarations",
                columns: new[] { "ForceId", "IsFromSupplier", "OfferedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_GiftDeclarations_ForceId_OrganisationName",
                table: "GiftDeclarations",
                columns: new[] { "ForceId", "OrganisationName" });

            migrationBuilder.CreateIndex(
                name: "IX_GiftDeclarations_ForceId_Outcome_OfferedOn",
                table: "GiftDeclarations",
                columns: new[] { "ForceId", "Outcome", "OfferedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_GiftDeclarations_OfferedOn",
                table: "GiftDeclarations",
                column: "OfferedOn");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEvents_RecordForceId_Action_OccurredUtc",
                table: "AuditEvents",
                columns: new[] { "RecordForceId", "Action", "OccurredUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_GiftDeclarations_ForceId_ApprovalStatus_OfferedOn",
                table: "GiftDeclarations");

            migrationBuilder.DropIndex(
                name: "IX_GiftDeclarations_ForceId_IsFromSupplier_OfferedOn",
                table: "GiftDeclarations");

            migrationBuilder.DropIndex(
                name: "IX_GiftDeclarations_ForceId_OrganisationName",
                table: "GiftDeclarations");

            migrationBuilder.DropIndex(
                name: "IX_GiftDeclarations_ForceId_Outcome_OfferedOn",
                table: "GiftDeclarations");

            migrationBuilder.DropIndex(
                name: "IX_GiftDeclarations_OfferedOn",
                table: "GiftDeclarations");

            migrationBuilder.DropIndex(
                name: "IX_AuditEvents_RecordForceId_Action_OccurredUtc",
                table: "AuditEvents");

            migrationBuilder.CreateIndex(
                name: "IX_GiftDeclarations_ForceId_ApprovalStatus",
                table: "GiftDeclarations",
                columns: new[] { "ForceId", "ApprovalStatus" });

            migrationBuilder.CreateIndex(
                name: "IX_GiftDeclarations_ForceId_OrganisationName_OfferedOn",
                table: "GiftDeclarations",
                columns: new[] { "ForceId", "OrganisationName", "OfferedOn" });
        }
    }
}
