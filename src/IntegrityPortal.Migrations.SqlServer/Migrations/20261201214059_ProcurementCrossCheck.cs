using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IntegrityPortal.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ProcurementCrossCheck : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ProcurementWindowMonths",
                table: "ForceSettings",
                type: "int",
                nullable: false,
                defaultValue: 12);

            migrationBuilder.CreateTable(
                name: "CardTransactions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ForceId = table.Column<int>(type: "int", nullable: false),
                    BankReference = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    CardHolderId = table.Column<int>(type: "int", nullable: false),
                    TransactionOn = table.Column<DateOnly>(type: "date", nullable: false),
                    MerchantName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    AmountPence = table.Column<long>(type: "bigint", nullable: false),
                    MerchantCategory = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Description = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CardTransactions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CardTransactions_Forces_ForceId",
                        column: x => x.ForceId,
                        principalTable: "Forces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CardTransactions_People_CardHolderId",
                        column: x => x.CardHolderId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Contracts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ForceId = table.Column<int>(type: "int", nullable: false),
                    Reference = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    SupplierOrganisationId = table.Column<int>(type: "int", nullable: true),
                    ValuePence = table.Column<long>(type: "bigint", nullable: false),
                    Route = table.Column<int>(type: "int", nullable: false),
                    TenderOpenedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AwardedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AwardingDepartmentId = table.Column<int>(type: "int", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Contracts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Contracts_Departments_AwardingDepartmentId",
                        column: x => x.AwardingDepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Contracts_Forces_ForceId",
                        column: x => x.ForceId,
                        principalTable: "Forces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Contracts_Organisations_SupplierOrganisationId",
                        column: x => x.SupplierOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CrossCheckRuns",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Name = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    LeaseHolder = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    LeaseExpiresUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    LastStartedUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    LastFinishedUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    LastDurationMilliseconds = table.Column<long>(type: "bigint", nullable: true),
                    LastMatchesFound = table.Column<int>(type: "int", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CrossCheckRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProcurementMatches",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ForceId = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    LeftKind = table.Column<int>(type: "int", nullable: false),
                    LeftId = table.Column<int>(type: "int", nullable: false),
                    RightKind = table.Column<int>(type: "int", nullable: false),
                    RightId = table.Column<int>(type: "int", nullable: false),
                    LeftOrganisationId = table.Column<int>(type: "int", nullable: true),
                    RightOrganisationId = table.Column<int>(type: "int", nullable: true),
                    Score = table.Column<int>(type: "int", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Priority = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    RaisedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    OutcomeNote = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    SettledBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    SettledUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    InvestigationId = table.Column<int>(type: "int", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProcurementMatches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProcurementMatches_Forces_ForceId",
                        column: x => x.ForceId,
                        principalTable: "Forces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Suppliers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ForceId = table.Column<int>(type: "int", nullable: false),
                    OrganisationId = table.Column<int>(type: "int", nullable: false),
                    SupplierReference = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    RegisteredAddress = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Postcode = table.Column<string>(type: "nvarchar(8)", maxLength: 8, nullable: false),
                    VatNumber = table.Column<string>(type: "nvarchar(14)", maxLength: 14, nullable: true),
                    Status = table.Column<int>(type: "int", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Suppliers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Suppliers_Forces_ForceId",
                        column: x => x.ForceId,
                        principalTable: "Forces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Suppliers_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ContractBidders",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ForceId = table.Column<int>(type: "int", nullable: false),
                    ContractId = table.Column<int>(type: "int", nullable: false),
                    OrganisationId = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContractBidders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContractBidders_Contracts_ContractId",
                        column: x => x.ContractId,
                        principalTable: "Contracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ContractBidders_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ContractPeople",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ForceId = table.Column<int>(type: "int", nullable: false),
                    ContractId = table.Column<int>(type: "int", nullable: false),
                    PersonId = table.Column<int>(type: "int", nullable: false),
                    Part = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContractPeople", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContractPeople_Contracts_ContractId",
                        column: x => x.ContractId,
                        principalTable: "Contracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ContractPeople_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CardTransactions_CardHolderId",
                table: "CardTransactions",
                column: "CardHolderId");

            migrationBuilder.CreateIndex(
                name: "IX_CardTransactions_ForceId_BankReference",
                table: "CardTransactions",
                columns: new[] { "ForceId", "BankReference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CardTransactions_ForceId_CardHolderId_TransactionOn",
                table: "CardTransactions",
                columns: new[] { "ForceId", "CardHolderId", "TransactionOn" });

            migrationBuilder.CreateIndex(
                name: "IX_CardTransactions_ForceId_TransactionOn",
                table: "CardTransactions",
                columns: new[] { "ForceId", "TransactionOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ContractBidders_ContractId_OrganisationId",
                table: "ContractBidders",
                columns: new[] { "ContractId", "OrganisationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ContractBidders_ForceId_OrganisationId",
                table: "ContractBidders",
                columns: new[] { "ForceId", "OrganisationId" });

            migrationBuilder.CreateIndex(
                name: "IX_ContractBidders_OrganisationId",
                table: "ContractBidders",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_ContractPeople_ContractId_PersonId_Part",
                table: "ContractPeople",
                columns: new[] { "ContractId", "PersonId", "Part" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ContractPeople_ForceId_PersonId",
                table: "ContractPeople",
                columns: new[] { "ForceId", "PersonId" });

            migrationBuilder.CreateIndex(
                name: "IX_ContractPeople_PersonId",
                table: "ContractPeople",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_AwardingDepartmentId",
                table: "Contracts",
                column: "AwardingDepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_ForceId_AwardedOn",
                table: "Contracts",
                columns: new[] { "ForceId", "AwardedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_ForceId_Reference",
                table: "Contracts",
                columns: new[] { "ForceId", "Reference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_ForceId_Route",
                table: "Contracts",
                columns: new[] { "ForceId", "Route" });

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_ForceId_SupplierOrganisationId",
                table: "Contracts",
                columns: new[] { "ForceId", "SupplierOrganisationId" });

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_SupplierOrganisationId",
                table: "Contracts",
                column: "SupplierOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_CrossCheckRuns_Name",
                table: "CrossCheckRuns",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProcurementMatches_ForceId_Kind_LeftKind_LeftId_RightKind_RightId",
                table: "ProcurementMatches",
                columns: new[] { "ForceId", "Kind", "LeftKind", "LeftId", "RightKind", "RightId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProcurementMatches_ForceId_Status_Priority_RaisedUtc",
                table: "ProcurementMatches",
                columns: new[] { "ForceId", "Status", "Priority", "RaisedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Suppliers_ForceId_OrganisationId",
                table: "Suppliers",
                columns: new[] { "ForceId", "OrganisationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Suppliers_ForceId_Status",
                table: "Suppliers",
                columns: new[] { "ForceId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Suppliers_ForceId_SupplierReference",
                table: "Suppliers",
                columns: new[] { "ForceId", "SupplierReference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Suppliers_ForceId_VatNumber",
                table: "Suppliers",
                columns: new[] { "ForceId", "VatNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_Suppliers_OrganisationId",
                table: "Suppliers",
                column: "OrganisationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CardTransactions");

            migrationBuilder.DropTable(
                name: "ContractBidders");

            migrationBuilder.DropTable(
                name: "ContractPeople");

            migrationBuilder.DropTable(
                name: "CrossCheckRuns");

            migrationBuilder.DropTable(
                name: "ProcurementMatches");

            migrationBuilder.DropTable(
                name: "Suppliers");

            migrationBuilder.DropTable(
                name: "Contracts");

            migrationBuilder.DropColumn(
                name: "ProcurementWindowMonths",
                table: "ForceSettings");
        }
    }
}
