using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IntegrityPortal.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class GiftValueIndexWithDate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_GiftDeclarations_ForceId_ValuePence",
                table: "GiftDeclarations");

            migrationBuilder.CreateIndex(
                name: "IX_GiftDeclarations_ForceId_ValuePence_OfferedOn",
                table: "GiftDeclarations",
                columns: new[] { "ForceId", "ValuePence", "OfferedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_GiftDeclarations_ForceId_ValuePence_OfferedOn",
                table: "GiftDeclarations");

            migrationBuilder.CreateIndex(
                name: "IX_GiftDeclarations_ForceId_ValuePence",
                table: "GiftDeclarations",
                columns: new[] { "ForceId", "ValuePence" });
        }
    }
}
