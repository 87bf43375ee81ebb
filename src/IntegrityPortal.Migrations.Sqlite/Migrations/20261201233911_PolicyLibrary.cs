using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IntegrityPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PolicyLibrary : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Policies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ForceId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    Subject = table.Column<int>(type: "INTEGER", nullable: false),
                    SharedWithAlliance = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Policies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Policies_Forces_ForceId",
                        column: x => x.ForceId,
                        principalTable: "Forces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PolicyForces",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PolicyId = table.Column<int>(type: "INTEGER", nullable: false),
                    ForceId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PolicyForces", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PolicyForces_Forces_ForceId",
                        column: x => x.ForceId,
                        principalTable: "Forces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PolicyForces_Policies_PolicyId",
                        column: x => x.PolicyId,
                        principalTable: "Policies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PolicyVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PolicyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    EffectiveOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OwnerId = table.Column<int>(type: "INTEGER", nullable: false),
                    WhatChanged = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    WhatItMeansForYou = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 100000, nullable: false),
                    Audience = table.Column<int>(type: "INTEGER", nullable: false),
                    AudienceDepartmentIds = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    AudienceRanks = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ReadBy = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PassMarkPercent = table.Column<int>(type: "INTEGER", nullable: false),
                    QuestionsJson = table.Column<string>(type: "TEXT", maxLength: 50000, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PublishedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    TaskCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PolicyVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PolicyVersions_People_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PolicyVersions_Policies_PolicyId",
                        column: x => x.PolicyId,
                        principalTable: "Policies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PolicyTasks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ForceId = table.Column<int>(type: "INTEGER", nullable: false),
                    PolicyVersionId = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonId = table.Column<int>(type: "INTEGER", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ConfirmedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ConfirmedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PolicyTasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PolicyTasks_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PolicyTasks_PolicyVersions_PolicyVersionId",
                        column: x => x.PolicyVersionId,
                        principalTable: "PolicyVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PolicyAttempts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ForceId = table.Column<int>(type: "INTEGER", nullable: false),
                    PolicyTaskId = table.Column<int>(type: "INTEGER", nullable: false),
                    AttemptedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Answers = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Correct = table.Column<int>(type: "INTEGER", nullable: false),
                    Questions = table.Column<int>(type: "INTEGER", nullable: false),
                    Passed = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PolicyAttempts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PolicyAttempts_PolicyTasks_PolicyTaskId",
                        column: x => x.PolicyTaskId,
                        principalTable: "PolicyTasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Policies_ForceId_Title",
                table: "Policies",
                columns: new[] { "ForceId", "Title" });

            migrationBuilder.CreateIndex(
                name: "IX_PolicyAttempts_ForceId_PolicyTaskId",
                table: "PolicyAttempts",
                columns: new[] { "ForceId", "PolicyTaskId" });

            migrationBuilder.CreateIndex(
                name: "IX_PolicyAttempts_PolicyTaskId",
                table: "PolicyAttempts",
                column: "PolicyTaskId");

            migrationBuilder.CreateIndex(
                name: "IX_PolicyForces_ForceId_PolicyId",
                table: "PolicyForces",
                columns: new[] { "ForceId", "PolicyId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PolicyForces_PolicyId",
                table: "PolicyForces",
                column: "PolicyId");

            migrationBuilder.CreateIndex(
                name: "IX_PolicyTasks_ForceId_DueOn",
                table: "PolicyTasks",
                columns: new[] { "ForceId", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_PolicyTasks_ForceId_PersonId_ConfirmedUtc",
                table: "PolicyTasks",
                columns: new[] { "ForceId", "PersonId", "ConfirmedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_PolicyTasks_ForceId_PolicyVersionId_ConfirmedUtc",
                table: "PolicyTasks",
                columns: new[] { "ForceId", "PolicyVersionId", "ConfirmedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_PolicyTasks_PersonId",
                table: "PolicyTasks",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_PolicyTasks_PolicyVersionId_PersonId",
                table: "PolicyTasks",
                columns: new[] { "PolicyVersionId", "PersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PolicyVersions_OwnerId",
                table: "PolicyVersions",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_PolicyVersions_PolicyId_Number",
                table: "PolicyVersions",
                columns: new[] { "PolicyId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PolicyVersions_Status_PublishedUtc",
                table: "PolicyVersions",
                columns: new[] { "Status", "PublishedUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PolicyAttempts");

            migrationBuilder.DropTable(
                name: "PolicyForces");

            migrationBuilder.DropTable(
                name: "PolicyTasks");

            migrationBuilder.DropTable(
                name: "PolicyVersions");

            migrationBuilder.DropTable(
                name: "Policies");
        }
    }
}
