using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ScriptToMovie.App.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddApiTokensAndRunsApi : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "externalRef",
                table: "projects",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "apiTokens",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    userId = table.Column<int>(type: "INTEGER", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    tokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    prefix = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    scopes = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    createdAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    expiresAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    lastUsedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    revokedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_apiTokens", x => x.id);
                    table.ForeignKey(
                        name: "FK_apiTokens_users_userId",
                        column: x => x.userId,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "idempotencyKeys",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    userId = table.Column<int>(type: "INTEGER", nullable: false),
                    key = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    requestHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    runId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    createdAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_idempotencyKeys", x => x.id);
                    table.ForeignKey(
                        name: "FK_idempotencyKeys_users_userId",
                        column: x => x.userId,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_projects_userId_externalRef",
                table: "projects",
                columns: new[] { "userId", "externalRef" });

            migrationBuilder.CreateIndex(
                name: "IX_apiTokens_tokenHash",
                table: "apiTokens",
                column: "tokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_apiTokens_userId",
                table: "apiTokens",
                column: "userId");

            migrationBuilder.CreateIndex(
                name: "IX_idempotencyKeys_userId_key",
                table: "idempotencyKeys",
                columns: new[] { "userId", "key" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "apiTokens");

            migrationBuilder.DropTable(
                name: "idempotencyKeys");

            migrationBuilder.DropIndex(
                name: "IX_projects_userId_externalRef",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "externalRef",
                table: "projects");
        }
    }
}
