using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IntegrityPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class GiftAwaitingLineManagerIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_GiftDeclarations_AwaitingLineManager",
                table: "GiftDeclarations",
                columns: new[] { "ForceId", "DeclaredOn", "DeclarantId" },
                filter: "ApprovalStatus = 2");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_GiftDeclarations_AwaitingLineManager",
                table: "GiftDeclarations");
        }
    }
}
