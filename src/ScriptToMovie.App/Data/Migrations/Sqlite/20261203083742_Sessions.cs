using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ScriptToMovie.App.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Sessions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "sessions",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    userId = table.Column<int>(type: "INTEGER", nullable: false),
                    tokenId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    userAgent = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    ipAddress = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    createdAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    lastSeenAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    expiresAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    revokedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sessions", x => x.id);
                    table.ForeignKey(
                        name: "FK_sessions_users_userId",
                        column: x => x.userId,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_sessions_tokenId",
                table: "sessions",
                column: "tokenId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_sessions_userId",
                table: "sessions",
                column: "userId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "sessions");
        }
    }
}
