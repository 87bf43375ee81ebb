using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IntegrityPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PsdWorkQueue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Investigations_ForceId_ReferenceYear_ReferenceNumber",
                table: "Investigations");

            migrationBuilder.AddColumn<string>(
                name: "ReferenceSeries",
                table: "Investigations",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "GiftPolicyUrl",
                table: "ForceSettings",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            // ---- Hand-written back-fill (keep when migrations are regenerated) ----
            // References already issued are never renumbered: they have been quoted. Each existing
            // case joins its own force's series, where its number is already unique; new cases of an
            // alliance are numbered after the highest of all its forces (InvestigationWorkflow.OpenAsync).
            migrationBuilder.Sql("UPDATE Investigations SET ReferenceSeries = 'force-' || \"ForceId\";");
            // ---- End of hand-written back-fill ----

            migrationBuilder.CreateIndex(
                name: "IX_Investigations_ReferenceSeries_ReferenceYear_ReferenceNumber",
                table: "Investigations",
                columns: new[] { "ReferenceSeries", "ReferenceYear", "ReferenceNumber" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Investigations_ReferenceSeries_ReferenceYear_ReferenceNumber",
                table: "Investigations");

            migrationBuilder.DropColumn(
                name: "ReferenceSeries",
                table: "Investigations");

            migrationBuilder.DropColumn(
                name: "GiftPolicyUrl",
                table: "ForceSettings");

            migrationBuilder.CreateIndex(
                name: "IX_Investigations_ForceId_ReferenceYear_ReferenceNumber",
                table: "Investigations",
                columns: new[] { "ForceId", "ReferenceYear", "ReferenceNumber" },
                unique: true);
        }
    }
}
