using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ScriptToMovie.App.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SceneEditsAndTakes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "action",
                table: "scenes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "camera",
                table: "scenes",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "contentHash",
                table: "scenes",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "staleParts",
                table: "scenes",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "sceneTakes",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    projectId = table.Column<int>(type: "INTEGER", nullable: false),
                    sceneId = table.Column<int>(type: "INTEGER", nullable: true),
                    number = table.Column<int>(type: "INTEGER", nullable: false),
                    clipKey = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    clipDuration = table.Column<double>(type: "REAL", nullable: true),
                    clipProvider = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    clipTaskId = table.Column<string>(type: "TEXT", nullable: true),
                    frameKey = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    frameProvider = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    frameTaskId = table.Column<string>(type: "TEXT", nullable: true),
                    createdAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sceneTakes", x => x.id);
                    table.ForeignKey(
                        name: "FK_sceneTakes_projects_projectId",
                        column: x => x.projectId,
                        principalTable: "projects",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_sceneTakes_scenes_sceneId",
                        column: x => x.sceneId,
                        principalTable: "scenes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_sceneTakes_projectId",
                table: "sceneTakes",
                column: "projectId");

            migrationBuilder.CreateIndex(
                name: "IX_sceneTakes_sceneId_number",
                table: "sceneTakes",
                columns: new[] { "sceneId", "number" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "sceneTakes");

            migrationBuilder.DropColumn(
                name: "action",
                table: "scenes");

            migrationBuilder.DropColumn(
                name: "camera",
                table: "scenes");

            migrationBuilder.DropColumn(
                name: "contentHash",
                table: "scenes");

            migrationBuilder.DropColumn(
                name: "staleParts",
                table: "scenes");
        }
    }
}
