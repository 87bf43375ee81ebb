using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IntegrityPortal.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class AddMediaContactAuthorisedIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_MediaContacts_ForceId_WasAuthorised_ContactedUtc",
                table: "MediaContacts",
                columns: new[] { "ForceId", "WasAuthorised", "ContactedUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_MediaContacts_ForceId_WasAuthorised_ContactedUtc",
                table: "MediaContacts");
        }
    }
}
