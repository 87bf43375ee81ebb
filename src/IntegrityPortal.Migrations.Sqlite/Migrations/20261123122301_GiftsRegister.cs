using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IntegrityPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class GiftsRegister : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "GiftAnnualValueFlagPence",
                table: "ForceSettings",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "GiftApprovalThresholdPence",
                table: "ForceSettings",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<int>(
                name: "GiftDeclarationDeadlineDays",
                table: "ForceSettings",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "GiftRecordingThresholdPence",
                table: "ForceSettings",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<bool>(
                name: "PublishesGiftRegister",
                table: "ForceSettings",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "Organisations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ForceId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CompanyNumber = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Organisations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Organisations_Forces_ForceId",
                        column: x => x.ForceId,
                        principalTable: "Forces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "GiftDeclarations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ForceId = table.Column<int>(type: "INTEGER", nullable: false),
                    DeclarantId = table.Column<int>(type: "INTEGER", nullable: false),
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: true),
                    DeclaredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OfferedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OfferorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Relationship = table.Column<int>(type: "INTEGER", nullable: false),
                    OfferType = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ValuePence = table.Column<long>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Disposal = table.Column<int>(type: "INTEGER", nullable: true),
                    InvolvedInPurchasing = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsCashOrEquivalent = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsLate = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsFromSupplier = table.Column<bool>(type: "INTEGER", nullable: false),
                    PatternFlags = table.Column<int>(type: "INTEGER", nullable: false),
                    ApprovalStatus = table.Column<int>(type: "INTEGER", nullable: false),
                    LineManagerNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    LineManagerDecidedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    LineManagerDecidedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PsdApprovalNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    PsdApprovalDecidedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    PsdApprovalDecidedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReviewStatus = table.Column<int>(type: "INTEGER", nullable: false),
                    ReviewNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ReviewedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ReviewedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CurrentVersionNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GiftDeclarations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GiftDeclarations_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_GiftDeclarations_Forces_ForceId",
                        column: x => x.ForceId,
                        principalTable: "Forces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_GiftDeclarations_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_GiftDeclarations_People_DeclarantId",
                        column: x => x.DeclarantId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "GiftDeclarationVersion",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ForceId = table.Column<int>(type: "INTEGER", nullable: false),
                    DeclarationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    RecordedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    AmendmentReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Details = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GiftDeclarationVersion", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GiftDeclarationVersion_Forces_ForceId",
                        column: x => x.ForceId,
                        principalTable: "Forces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_GiftDeclarationVersion_GiftDeclarations_DeclarationId",
                        column: x => x.DeclarationId,
                        principalTable: "GiftDeclarations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_GiftDeclarations_DeclarantId_OrganisationId_OfferedOn",
                table: "GiftDeclarations",
                columns: new[] { "DeclarantId", "OrganisationId", "OfferedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_GiftDeclarations_DepartmentId",
                table: "GiftDeclarations",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_GiftDeclarations_ForceId_ApprovalStatus",
                table: "GiftDeclarations",
                columns: new[] { "ForceId", "ApprovalStatus" });

            migrationBuilder.CreateIndex(
                name: "IX_GiftDeclarations_ForceId_DeclarantId_OfferedOn",
                table: "GiftDeclarations",
                columns: new[] { "ForceId", "DeclarantId", "OfferedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_GiftDeclarations_ForceId_DepartmentId_OfferedOn",
                table: "GiftDeclarations",
                columns: new[] { "ForceId", "DepartmentId", "OfferedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_GiftDeclarations_ForceId_IsLate_OfferedOn",
                table: "GiftDeclarations",
                columns: new[] { "ForceId", "IsLate", "OfferedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_GiftDeclarations_ForceId_OfferedOn",
                table: "GiftDeclarations",
                columns: new[] { "ForceId", "OfferedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_GiftDeclarations_ForceId_OrganisationId_OfferedOn",
                table: "GiftDeclarations",
                columns: new[] { "ForceId", "OrganisationId", "OfferedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_GiftDeclarations_ForceId_PatternFlags_OfferedOn",
                table: "GiftDeclarations",
                columns: new[] { "ForceId", "PatternFlags", "OfferedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_GiftDeclarations_ForceId_Relationship_OfferedOn",
                table: "GiftDeclarations",
                columns: new[] { "ForceId", "Relationship", "OfferedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_GiftDeclarations_ForceId_ReviewStatus_OfferedOn",
                table: "GiftDeclarations",
                columns: new[] { "ForceId", "ReviewStatus", "OfferedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_GiftDeclarations_ForceId_ValuePence",
                table: "GiftDeclarations",
                columns: new[] { "ForceId", "ValuePence" });

            migrationBuilder.CreateIndex(
                name: "IX_GiftDeclarations_OrganisationId",
                table: "GiftDeclarations",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_GiftDeclarationVersion_DeclarationId_Number",
                table: "GiftDeclarationVersion",
                columns: new[] { "DeclarationId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_GiftDeclarationVersion_ForceId",
                table: "GiftDeclarationVersion",
                column: "ForceId");

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_ForceId_CompanyNumber",
                table: "Organisations",
                columns: new[] { "ForceId", "CompanyNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_ForceId_Name",
                table: "Organisations",
                columns: new[] { "ForceId", "Name" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "GiftDeclarationVersion");

            migrationBuilder.DropTable(
                name: "GiftDeclarations");

            migrationBuilder.DropTable(
                name: "Organisations");

            migrationBuilder.DropColumn(
                name: "GiftAnnualValueFlagPence",
                table: "ForceSettings");

            migrationBuilder.DropColumn(
                name: "GiftApprovalThresholdPence",
                table: "ForceSettings");

            migrationBuilder.DropColumn(
                name: "GiftDeclarationDeadlineDays",
                table: "ForceSettings");

            migrationBuilder.DropColumn(
                name: "GiftRecordingThresholdPence",
                table: "ForceSettings");

            migrationBuilder.DropColumn(
                name: "PublishesGiftRegister",
                table: "ForceSettings");
        }
    }
}
