using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IntegrityPortal.Migrations.Sqlite.Migrations
{
    /// <summary>
    /// Split from Investigations by hand: SQLite adds a foreign key by rebuilding the table,
    /// which needs "PRAGMA foreign_keys = 0" outside any transaction. On its own here, a failure
    /// can no longer leave the Investigations tables half created; this migration either
    /// rebuilds SuspectedLeaks with the key or leaves it as it was.
    /// </summary>
    public partial class InvestigationsSuspectedLeakKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddForeignKey(
                name: "FK_SuspectedLeaks_Investigations_InvestigationId",
                table: "SuspectedLeaks",
                column: "InvestigationId",
                principalTable: "Investigations",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_SuspectedLeaks_Investigations_InvestigationId",
                table: "SuspectedLeaks");
        }
    }
}
