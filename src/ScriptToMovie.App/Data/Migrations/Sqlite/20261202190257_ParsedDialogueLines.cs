using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ScriptToMovie.App.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ParsedDialogueLines : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "dialogueLines",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    sceneId = table.Column<int>(type: "INTEGER", nullable: false),
                    order = table.Column<int>(type: "INTEGER", nullable: false),
                    speaker = table.Column<string>(type: "TEXT", nullable: false),
                    text = table.Column<string>(type: "TEXT", nullable: false),
                    parenthetical = table.Column<string>(type: "TEXT", nullable: true),
                    dual = table.Column<bool>(type: "INTEGER", nullable: false),
                    sourceLine = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dialogueLines", x => x.id);
                    table.ForeignKey(
                        name: "FK_dialogueLines_scenes_sceneId",
                        column: x => x.sceneId,
                        principalTable: "scenes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "titlePages",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    projectId = table.Column<int>(type: "INTEGER", nullable: false),
                    title = table.Column<string>(type: "TEXT", nullable: true),
                    credit = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_titlePages", x => x.id);
                    table.ForeignKey(
                        name: "FK_titlePages_projects_projectId",
                        column: x => x.projectId,
                        principalTable: "projects",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_dialogueLines_sceneId_order",
                table: "dialogueLines",
                columns: new[] { "sceneId", "order" });

            migrationBuilder.CreateIndex(
                name: "IX_titlePages_projectId",
                table: "titlePages",
                column: "projectId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "dialogueLines");

            migrationBuilder.DropTable(
                name: "titlePages");
        }
    }
}
