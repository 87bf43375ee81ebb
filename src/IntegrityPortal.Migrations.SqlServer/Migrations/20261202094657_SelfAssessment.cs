using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace IntegrityPortal.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class SelfAssessment : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AssessmentTemplates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Version = table.Column<int>(type: "int", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    PublishedOn = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssessmentTemplates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Assessments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ForceId = table.Column<int>(type: "int", nullable: false),
                    TemplateId = table.Column<int>(type: "int", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Assessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Assessments_AssessmentTemplates_TemplateId",
                        column: x => x.TemplateId,
                        principalTable: "AssessmentTemplates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AssessmentTemplateItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    TemplateId = table.Column<int>(type: "int", nullable: false),
                    Group = table.Column<int>(type: "int", nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssessmentTemplateItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssessmentTemplateItems_AssessmentTemplates_TemplateId",
                        column: x => x.TemplateId,
                        principalTable: "AssessmentTemplates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AssessmentAnswers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ForceId = table.Column<int>(type: "int", nullable: false),
                    AssessmentId = table.Column<int>(type: "int", nullable: false),
                    TemplateItemId = table.Column<int>(type: "int", nullable: false),
                    Rating = table.Column<int>(type: "int", nullable: true),
                    Evidence = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssessmentAnswers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssessmentAnswers_AssessmentTemplateItems_TemplateItemId",
                        column: x => x.TemplateItemId,
                        principalTable: "AssessmentTemplateItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AssessmentAnswers_Assessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "Assessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AssessmentActions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ForceId = table.Column<int>(type: "int", nullable: false),
                    AnswerId = table.Column<int>(type: "int", nullable: false),
                    Description = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    OwnerId = table.Column<int>(type: "int", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssessmentActions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssessmentActions_AssessmentAnswers_AnswerId",
                        column: x => x.AnswerId,
                        principalTable: "AssessmentAnswers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AssessmentActions_People_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AssessmentActionNotes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ForceId = table.Column<int>(type: "int", nullable: false),
                    ActionId = table.Column<int>(type: "int", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    WrittenBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    WrittenUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssessmentActionNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssessmentActionNotes_AssessmentActions_ActionId",
                        column: x => x.ActionId,
                        principalTable: "AssessmentActions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "AssessmentTemplates",
                columns: new[] { "Id", "PublishedOn", "Title", "Version" },
                values: new object[] { 1, new DateOnly(2026, 12, 1), "Integrity self-assessment checklist", 1 });

            migrationBuilder.InsertData(
                table: "AssessmentTemplateItems",
                columns: new[] { "Id", "Group", "Number", "TemplateId", "Text" },
                values: new object[,]
                {
                    { 1, 1, 1, 1, "The force has a current policy on relationships with the media: what contact is expected, what must be recorded, and who may authorise it." },
                    { 2, 1, 2, 1, "Officers and staff record their contact with journalists, and the press office reviews the records." },
                    { 3, 1, 3, 1, "Suspected unauthorised disclosures to the media are assessed, and investigated where there is evidence." },
                    { 4, 2, 4, 1, "A gifts and hospitality policy sets a threshold and says what must be declared, offers declined included." },
                    { 5, 2, 5, 1, "Declarations are made promptly in one register, and PSD reviews them and looks for patterns." },
                    { 6, 2, 6, 1, "Chief officers' gifts and hospitality are published and scrutinised." },
                    { 7, 3, 7, 1, "The contracts and procurement registers are cross-checked with the gifts and hospitality register, so that hospitality from a bidder or supplier is noticed." },
                    { 8, 3, 8, 1, "Spending on corporate and purchasing cards is monitored." },
                    { 9, 3, 9, 1, "Those who evaluate tenders or sign awards declare any interest beforehand." },
                    { 10, 4, 10, 1, "Applications for business interests and second jobs are decided against written criteria, and a refusal can be appealed." },
                    { 11, 4, 11, 1, "Approved business interests are reviewed at set intervals." },
                    { 12, 4, 12, 1, "PSD checks that the conditions attached to approvals are kept." },
                    { 13, 5, 13, 1, "A social media policy says what officers and staff may and may not post, on duty and off." },
                    { 14, 5, 14, 1, "Misuse of social media is identified and acted upon." },
                    { 15, 6, 15, 1, "A chief officer leads on integrity, and a board oversees it with the police and crime commissioner informed." },
                    { 16, 6, 16, 1, "Integrity figures are reported regularly to the board and the police and crime commissioner." },
                    { 17, 6, 17, 1, "The anti-corruption unit has the staff it needs, and its capacity is reviewed." },
                    { 18, 7, 18, 1, "Officers and staff have had integrity training since 2011, and new starters receive it." },
                    { 19, 7, 19, 1, "Staff who may speak with the media are trained in media relations." },
                    { 20, 7, 20, 1, "Training records show who is due, overdue or never trained." },
                    { 21, 8, 21, 1, "Access to force systems is audited, and misuse is detected and investigated." },
                    { 22, 8, 22, 1, "Officers and staff know how to report concerns in confidence." },
                    { 23, 8, 23, 1, "Changes to integrity policies are communicated, and the force checks that they have been read and understood." }
                });

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentActionNotes_ActionId",
                table: "AssessmentActionNotes",
                column: "ActionId");

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentActions_AnswerId",
                table: "AssessmentActions",
                column: "AnswerId");

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentActions_ForceId_Status_DueOn",
                table: "AssessmentActions",
                columns: new[] { "ForceId", "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentActions_OwnerId_Status_DueOn",
                table: "AssessmentActions",
                columns: new[] { "OwnerId", "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentAnswers_AssessmentId_TemplateItemId",
                table: "AssessmentAnswers",
                columns: new[] { "AssessmentId", "TemplateItemId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentAnswers_TemplateItemId",
                table: "AssessmentAnswers",
                column: "TemplateItemId");

            migrationBuilder.CreateIndex(
                name: "IX_Assessments_ForceId_StartedOn",
                table: "Assessments",
                columns: new[] { "ForceId", "StartedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Assessments_TemplateId",
                table: "Assessments",
                column: "TemplateId");

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentTemplateItems_TemplateId_Number",
                table: "AssessmentTemplateItems",
                columns: new[] { "TemplateId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentTemplates_Version",
                table: "AssessmentTemplates",
                column: "Version",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AssessmentActionNotes");

            migrationBuilder.DropTable(
                name: "AssessmentActions");

            migrationBuilder.DropTable(
                name: "AssessmentAnswers");

            migrationBuilder.DropTable(
                name: "AssessmentTemplateItems");

            migrationBuilder.DropTable(
                name: "Assessments");

            migrationBuilder.DropTable(
                name: "AssessmentTemplates");
        }
    }
}
