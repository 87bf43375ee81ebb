using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IntegrityPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class GiftOrganisationName : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "OrganisationName",
                table: "GiftDeclarations",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            // Declarations made before the column existed take their organisation's current name.
            migrationBuilder.Sql("UPDATE GiftDeclarations SET OrganisationName = (SELECT Name FROM Organisations WHERE Organisations.Id = GiftDeclarations.OrganisationId)");

            migrationBuilder.CreateIndex(
                name: "IX_GiftDeclarations_ForceId_OrganisationName_OfferedOn",
                table: "GiftDeclarations",
                columns: new[] { "ForceId", "OrganisationName", "OfferedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_GiftDeclarations_ForceId_OrganisationName_OfferedOn",
                table: "GiftDeclarations");

            migrationBuilder.DropColumn(
                name: "OrganisationName",
                table: "GiftDeclarations");
        }
    }
}
