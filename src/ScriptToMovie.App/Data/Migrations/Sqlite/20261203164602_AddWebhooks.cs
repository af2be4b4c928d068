using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ScriptToMovie.App.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddWebhooks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "webhookEndpoints",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    userId = table.Column<int>(type: "INTEGER", nullable: false),
                    url = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    events = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    disabledReason = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    projectId = table.Column<int>(type: "INTEGER", nullable: true),
                    secret = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    previousSecret = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    previousSecretUntil = table.Column<DateTime>(type: "TEXT", nullable: true),
                    createdAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_webhookEndpoints", x => x.id);
                    table.ForeignKey(
                        name: "FK_webhookEndpoints_projects_projectId",
                        column: x => x.projectId,
                        principalTable: "projects",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_webhookEndpoints_users_userId",
                        column: x => x.userId,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "webhookEvents",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    messageId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    userId = table.Column<int>(type: "INTEGER", nullable: false),
                    projectId = table.Column<int>(type: "INTEGER", nullable: true),
                    runId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    type = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    body = table.Column<string>(type: "TEXT", nullable: false),
                    createdAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_webhookEvents", x => x.id);
                    table.ForeignKey(
                        name: "FK_webhookEvents_users_userId",
                        column: x => x.userId,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "webhookDeliveries",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    eventId = table.Column<int>(type: "INTEGER", nullable: false),
                    endpointId = table.Column<int>(type: "INTEGER", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    nextAttemptAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    claimToken = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    lastStatusCode = table.Column<int>(type: "INTEGER", nullable: true),
                    lastError = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    lastAttemptAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    deliveredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    createdAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_webhookDeliveries", x => x.id);
                    table.ForeignKey(
                        name: "FK_webhookDeliveries_webhookEndpoints_endpointId",
                        column: x => x.endpointId,
                        principalTable: "webhookEndpoints",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_webhookDeliveries_webhookEvents_eventId",
                        column: x => x.eventId,
                        principalTable: "webhookEvents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_webhookDeliveries_endpointId_id",
                table: "webhookDeliveries",
                columns: new[] { "endpointId", "id" });

            migrationBuilder.CreateIndex(
                name: "IX_webhookDeliveries_eventId",
                table: "webhookDeliveries",
                column: "eventId");

            migrationBuilder.CreateIndex(
                name: "IX_webhookDeliveries_status_nextAttemptAt",
                table: "webhookDeliveries",
                columns: new[] { "status", "nextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_webhookEndpoints_projectId",
                table: "webhookEndpoints",
                column: "projectId");

            migrationBuilder.CreateIndex(
                name: "IX_webhookEndpoints_userId",
                table: "webhookEndpoints",
                column: "userId");

            migrationBuilder.CreateIndex(
                name: "IX_webhookEvents_messageId",
                table: "webhookEvents",
                column: "messageId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_webhookEvents_userId",
                table: "webhookEvents",
                column: "userId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "webhookDeliveries");

            migrationBuilder.DropTable(
                name: "webhookEndpoints");

            migrationBuilder.DropTable(
                name: "webhookEvents");
        }
    }
}
