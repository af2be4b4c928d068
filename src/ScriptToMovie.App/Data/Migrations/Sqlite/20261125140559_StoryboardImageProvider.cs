using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ScriptToMovie.App.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StoryboardImageProvider : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "attempt",
                table: "storyboardImages",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<double>(
                name: "costUnits",
                table: "storyboardImages",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "externalTaskId",
                table: "storyboardImages",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "provider",
                table: "storyboardImages",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "painted");

            migrationBuilder.AddColumn<string>(
                name: "providerTaskId",
                table: "storyboardImages",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_storyboardImages_externalTaskId",
                table: "storyboardImages",
                column: "externalTaskId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_storyboardImages_externalTaskId",
                table: "storyboardImages");

            migrationBuilder.DropColumn(
                name: "attempt",
                table: "storyboardImages");

            migrationBuilder.DropColumn(
                name: "costUnits",
                table: "storyboardImages");

            migrationBuilder.DropColumn(
                name: "externalTaskId",
                table: "storyboardImages");

            migrationBuilder.DropColumn(
                name: "provider",
                table: "storyboardImages");

            migrationBuilder.DropColumn(
                name: "providerTaskId",
                table: "storyboardImages");
        }
    }
}
