using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IntegrityPortal.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ReportFigureIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_MediaContacts_ForceId_ContactedUtc",
                table: "MediaContacts");

            migrationBuilder.DropIndex(
                name: "IX_GiftDeclarations_ForceId_DeclaredOn",
                table: "GiftDeclarations");

            migrationBuilder.DropIndex(
                name: "IX_GiftDeclarations_ForceId_ReviewStatus_OfferedOn",
                table: "GiftDeclarations");

            migrationBuilder.DropIndex(
                name: "IX_BusinessInterests_ForceId_SubmittedOn",
                table: "BusinessInterests");

            migrationBuilder.AddColumn<DateOnly>(
                name: "LastStepOn",
                table: "GiftDeclarations",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            // Hand-written back-fill (keep when regenerating): each declaration's latest step date.
            migrationBuilder.Sql("""
                UPDATE d SET [LastStepOn] = COALESCE((SELECT MAX(s.[EffectiveOn]) FROM [GiftDeclarationStatusChange] s WHERE s.[DeclarationId] = d.[Id]), d.[DeclaredOn]) FROM [GiftDeclarations] d;
                """);

            migrationBuilder.CreateIndex(
                name: "IX_People_ForceId_IsActive",
                table: "People",
                columns: new[] { "ForceId", "IsActive" });

            migrationBuilder.CreateIndex(
                name: "IX_MediaContacts_ForceId_ContactedUtc_Figures",
                table: "MediaContacts",
                columns: new[] { "ForceId", "ContactedUtc", "WasPreArranged", "WasVisitToMediaEstablishment", "RecordedUtc", "AcknowledgedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_GiftDeclarations_ForceId_DeclaredOn_Status",
                table: "GiftDeclarations",
                columns: new[] { "ForceId", "DeclaredOn", "LastStepOn", "Outcome", "ApprovalStatus", "ReviewStatus", "IsFromSupplier", "IsLate", "ValuePence" });

            migrationBuilder.CreateIndex(
                name: "IX_GiftDeclarations_ForceId_LastStepOn_DeclaredOn",
                table: "GiftDeclarations",
                columns: new[] { "ForceId", "LastStepOn", "DeclaredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_GiftDeclarations_ForceId_ReviewStatus_OfferedOn",
                table: "GiftDeclarations",
                columns: new[] { "ForceId", "ReviewStatus", "OfferedOn", "DeclaredOn", "LastStepOn" });

            migrationBuilder.CreateIndex(
                name: "IX_BusinessInterests_ForceId_SubmittedOn_Figures",
                table: "BusinessInterests",
                columns: new[] { "ForceId", "SubmittedOn", "DecisionOutcome", "Status", "AppealLodgedOn", "AppealOutcome" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_People_ForceId_IsActive",
                table: "People");

            migrationBuilder.DropIndex(
                name: "IX_MediaContacts_ForceId_ContactedUtc_Figures",
                table: "MediaContacts");

            migrationBuilder.DropIndex(
                name: "IX_GiftDeclarations_ForceId_DeclaredOn_Status",
                table: "GiftDeclarations");

            migrationBuilder.DropIndex(
                name: "IX_GiftDeclarations_ForceId_LastStepOn_DeclaredOn",
                table: "GiftDeclarations");

            migrationBuilder.DropIndex(
                name: "IX_GiftDeclarations_ForceId_ReviewStatus_OfferedOn",
                table: "GiftDeclarations");

            migrationBuilder.DropIndex(
                name: "IX_BusinessInterests_ForceId_SubmittedOn_Figures",
                table: "BusinessInterests");

            migrationBuilder.DropColumn(
                name: "LastStepOn",
                table: "GiftDeclarations");

            migrationBuilder.CreateIndex(
                name: "IX_MediaContacts_ForceId_ContactedUtc",
                table: "MediaContacts",
                columns: new[] { "ForceId", "ContactedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_GiftDeclarations_ForceId_DeclaredOn",
                table: "GiftDeclarations",
                columns: new[] { "ForceId", "DeclaredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_GiftDeclarations_ForceId_ReviewStatus_OfferedOn",
                table: "GiftDeclarations",
                columns: new[] { "ForceId", "ReviewStatus", "OfferedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_BusinessInterests_ForceId_SubmittedOn",
                table: "BusinessInterests",
                columns: new[] { "ForceId", "SubmittedOn" });
        }
    }
}
