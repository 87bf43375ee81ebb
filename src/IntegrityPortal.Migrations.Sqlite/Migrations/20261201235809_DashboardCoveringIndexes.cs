using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IntegrityPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DashboardCoveringIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_InvestigationStatusChanges_InvestigationId_EffectiveOn",
                table: "InvestigationStatusChanges");

            migrationBuilder.DropIndex(
                name: "IX_GiftDeclarationStatusChange_DeclarationId_EffectiveOn",
                table: "GiftDeclarationStatusChange");

            migrationBuilder.DropIndex(
                name: "IX_GiftDeclarations_ForceId_DeclaredOn_Status",
                table: "GiftDeclarations");

            migrationBuilder.CreateIndex(
                name: "IX_InvestigationStatusChanges_InvestigationId_EffectiveOn_Status",
                table: "InvestigationStatusChanges",
                columns: new[] { "InvestigationId", "EffectiveOn", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_GiftDeclarationStatusChange_DeclarationId_EffectiveOn_ReviewStatus",
                table: "GiftDeclarationStatusChange",
                columns: new[] { "DeclarationId", "EffectiveOn", "ReviewStatus" });

            migrationBuilder.CreateIndex(
                name: "IX_GiftDeclarations_ForceId_DeclaredOn_Status",
                table: "GiftDeclarations",
                columns: new[] { "ForceId", "DeclaredOn", "LastStepOn", "Outcome", "ApprovalStatus", "ReviewStatus", "IsFromSupplier", "IsLate", "ValuePence", "OfferedOn", "DepartmentId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_InvestigationStatusChanges_InvestigationId_EffectiveOn_Status",
                table: "InvestigationStatusChanges");

            migrationBuilder.DropIndex(
                name: "IX_GiftDeclarationStatusChange_DeclarationId_EffectiveOn_ReviewStatus",
                table: "GiftDeclarationStatusChange");

            migrationBuilder.DropIndex(
                name: "IX_GiftDeclarations_ForceId_DeclaredOn_Status",
                table: "GiftDeclarations");

            migrationBuilder.CreateIndex(
                name: "IX_InvestigationStatusChanges_InvestigationId_EffectiveOn",
                table: "InvestigationStatusChanges",
                columns: new[] { "InvestigationId", "EffectiveOn" });

            migrationBuilder.CreateIndex(
                name: "IX_GiftDeclarationStatusChange_DeclarationId_EffectiveOn",
                table: "GiftDeclarationStatusChange",
                columns: new[] { "DeclarationId", "EffectiveOn" });

            migrationBuilder.CreateIndex(
                name: "IX_GiftDeclarations_ForceId_DeclaredOn_Status",
                table: "GiftDeclarations",
                columns: new[] { "ForceId", "DeclaredOn", "LastStepOn", "Outcome", "ApprovalStatus", "ReviewStatus", "IsFromSupplier", "IsLate", "ValuePence" });
        }
    }
}
