using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ScriptToMovie.App.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "pipelineSlots",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    pool = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    slotIndex = table.Column<int>(type: "INTEGER", nullable: false),
                    holder = table.Column<string>(type: "TEXT", nullable: true),
                    expiresAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pipelineSlots", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "users",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    email = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    passwordHash = table.Column<string>(type: "TEXT", nullable: false),
                    createdAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_users", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "projects",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    userId = table.Column<int>(type: "INTEGER", nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    scriptContent = table.Column<string>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    progress = table.Column<int>(type: "INTEGER", nullable: false),
                    message = table.Column<string>(type: "TEXT", nullable: true),
                    trailerUrl = table.Column<string>(type: "TEXT", nullable: true),
                    aspectRatio = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    originalFileKey = table.Column<string>(type: "TEXT", nullable: true),
                    createdAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_projects", x => x.id);
                    table.ForeignKey(
                        name: "FK_projects_users_userId",
                        column: x => x.userId,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "costLedger",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    projectId = table.Column<int>(type: "INTEGER", nullable: false),
                    sceneId = table.Column<int>(type: "INTEGER", nullable: true),
                    runId = table.Column<string>(type: "TEXT", nullable: true),
                    provider = table.Column<string>(type: "TEXT", nullable: false),
                    providerTaskId = table.Column<string>(type: "TEXT", nullable: true),
                    units = table.Column<double>(type: "REAL", nullable: false),
                    usd = table.Column<double>(type: "REAL", nullable: false),
                    createdAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_costLedger", x => x.id);
                    table.ForeignKey(
                        name: "FK_costLedger_projects_projectId",
                        column: x => x.projectId,
                        principalTable: "projects",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "finalMovies",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    projectId = table.Column<int>(type: "INTEGER", nullable: false),
                    movieUrl = table.Column<string>(type: "TEXT", nullable: true),
                    storageKey = table.Column<string>(type: "TEXT", nullable: true),
                    duration = table.Column<double>(type: "REAL", nullable: true),
                    status = table.Column<string>(type: "TEXT", nullable: false),
                    srtUrl = table.Column<string>(type: "TEXT", nullable: true),
                    vttUrl = table.Column<string>(type: "TEXT", nullable: true),
                    manifestUrl = table.Column<string>(type: "TEXT", nullable: true),
                    errorMessage = table.Column<string>(type: "TEXT", nullable: true),
                    createdAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_finalMovies", x => x.id);
                    table.ForeignKey(
                        name: "FK_finalMovies_projects_projectId",
                        column: x => x.projectId,
                        principalTable: "projects",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "pipelineRuns",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    runId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    projectId = table.Column<int>(type: "INTEGER", nullable: false),
                    status = table.Column<string>(type: "TEXT", nullable: false),
                    steps = table.Column<string>(type: "TEXT", nullable: false),
                    currentStep = table.Column<string>(type: "TEXT", nullable: true),
                    message = table.Column<string>(type: "TEXT", nullable: true),
                    maxCostUsd = table.Column<double>(type: "REAL", nullable: true),
                    cancelRequested = table.Column<bool>(type: "INTEGER", nullable: false),
                    sceneIds = table.Column<string>(type: "TEXT", nullable: true),
                    isUserRetry = table.Column<bool>(type: "INTEGER", nullable: false),
                    completedSteps = table.Column<string>(type: "TEXT", nullable: false),
                    lastEnqueuedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    leaseOwner = table.Column<string>(type: "TEXT", nullable: true),
                    leaseExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    startedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    finishedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pipelineRuns", x => x.id);
                    table.ForeignKey(
                        name: "FK_pipelineRuns_projects_projectId",
                        column: x => x.projectId,
                        principalTable: "projects",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "pipelineSteps",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    projectId = table.Column<int>(type: "INTEGER", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    status = table.Column<string>(type: "TEXT", nullable: false),
                    progress = table.Column<int>(type: "INTEGER", nullable: false),
                    message = table.Column<string>(type: "TEXT", nullable: true),
                    updatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pipelineSteps", x => x.id);
                    table.ForeignKey(
                        name: "FK_pipelineSteps_projects_projectId",
                        column: x => x.projectId,
                        principalTable: "projects",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "settings",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    projectId = table.Column<int>(type: "INTEGER", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    visualDescription = table.Column<string>(type: "TEXT", nullable: false),
                    interior = table.Column<string>(type: "TEXT", nullable: true),
                    timesOfDay = table.Column<string>(type: "TEXT", nullable: true),
                    editedFields = table.Column<string>(type: "TEXT", nullable: true),
                    createdAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_settings", x => x.id);
                    table.ForeignKey(
                        name: "FK_settings_projects_projectId",
                        column: x => x.projectId,
                        principalTable: "projects",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "storedFiles",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    projectId = table.Column<int>(type: "INTEGER", nullable: false),
                    storageKey = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    contentType = table.Column<string>(type: "TEXT", nullable: false),
                    size = table.Column<long>(type: "INTEGER", nullable: false),
                    createdAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_storedFiles", x => x.id);
                    table.ForeignKey(
                        name: "FK_storedFiles_projects_projectId",
                        column: x => x.projectId,
                        principalTable: "projects",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "scenes",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    projectId = table.Column<int>(type: "INTEGER", nullable: false),
                    sceneNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    title = table.Column<string>(type: "TEXT", nullable: false),
                    description = table.Column<string>(type: "TEXT", nullable: false),
                    dialogue = table.Column<string>(type: "TEXT", nullable: true),
                    duration = table.Column<int>(type: "INTEGER", nullable: true),
                    order = table.Column<int>(type: "INTEGER", nullable: false),
                    heading = table.Column<string>(type: "TEXT", nullable: false),
                    scriptSceneNumber = table.Column<string>(type: "TEXT", nullable: true),
                    startLine = table.Column<int>(type: "INTEGER", nullable: false),
                    endLine = table.Column<int>(type: "INTEGER", nullable: false),
                    location = table.Column<string>(type: "TEXT", nullable: false),
                    interior = table.Column<string>(type: "TEXT", nullable: true),
                    timeOfDay = table.Column<string>(type: "TEXT", nullable: true),
                    settingId = table.Column<int>(type: "INTEGER", nullable: true),
                    editedFields = table.Column<string>(type: "TEXT", nullable: true),
                    createdAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_scenes", x => x.id);
                    table.ForeignKey(
                        name: "FK_scenes_projects_projectId",
                        column: x => x.projectId,
                        principalTable: "projects",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_scenes_settings_settingId",
                        column: x => x.settingId,
                        principalTable: "settings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "characters",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    projectId = table.Column<int>(type: "INTEGER", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    visualDescription = table.Column<string>(type: "TEXT", nullable: false),
                    aliases = table.Column<string>(type: "TEXT", nullable: true),
                    firstSceneId = table.Column<int>(type: "INTEGER", nullable: true),
                    dialogueLines = table.Column<int>(type: "INTEGER", nullable: false),
                    voice = table.Column<string>(type: "TEXT", nullable: true),
                    editedFields = table.Column<string>(type: "TEXT", nullable: true),
                    createdAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_characters", x => x.id);
                    table.ForeignKey(
                        name: "FK_characters_projects_projectId",
                        column: x => x.projectId,
                        principalTable: "projects",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_characters_scenes_firstSceneId",
                        column: x => x.firstSceneId,
                        principalTable: "scenes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "generatedVideos",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    projectId = table.Column<int>(type: "INTEGER", nullable: false),
                    sceneId = table.Column<int>(type: "INTEGER", nullable: false),
                    videoUrl = table.Column<string>(type: "TEXT", nullable: true),
                    storageKey = table.Column<string>(type: "TEXT", nullable: true),
                    duration = table.Column<double>(type: "REAL", nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    errorMessage = table.Column<string>(type: "TEXT", nullable: true),
                    provider = table.Column<string>(type: "TEXT", nullable: false),
                    providerTaskId = table.Column<string>(type: "TEXT", nullable: true),
                    externalTaskId = table.Column<string>(type: "TEXT", nullable: true),
                    attempt = table.Column<int>(type: "INTEGER", nullable: false),
                    costUnits = table.Column<double>(type: "REAL", nullable: true),
                    leaseOwner = table.Column<string>(type: "TEXT", nullable: true),
                    leaseExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    createdAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_generatedVideos", x => x.id);
                    table.ForeignKey(
                        name: "FK_generatedVideos_projects_projectId",
                        column: x => x.projectId,
                        principalTable: "projects",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_generatedVideos_scenes_sceneId",
                        column: x => x.sceneId,
                        principalTable: "scenes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "sceneAudio",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    projectId = table.Column<int>(type: "INTEGER", nullable: false),
                    sceneId = table.Column<int>(type: "INTEGER", nullable: false),
                    audioUrl = table.Column<string>(type: "TEXT", nullable: true),
                    storageKey = table.Column<string>(type: "TEXT", nullable: true),
                    duration = table.Column<double>(type: "REAL", nullable: false),
                    timingsJson = table.Column<string>(type: "TEXT", nullable: true),
                    status = table.Column<string>(type: "TEXT", nullable: false),
                    errorMessage = table.Column<string>(type: "TEXT", nullable: true),
                    createdAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sceneAudio", x => x.id);
                    table.ForeignKey(
                        name: "FK_sceneAudio_projects_projectId",
                        column: x => x.projectId,
                        principalTable: "projects",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_sceneAudio_scenes_sceneId",
                        column: x => x.sceneId,
                        principalTable: "scenes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "storyboardImages",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    projectId = table.Column<int>(type: "INTEGER", nullable: false),
                    sceneId = table.Column<int>(type: "INTEGER", nullable: true),
                    imageUrl = table.Column<string>(type: "TEXT", nullable: true),
                    storageKey = table.Column<string>(type: "TEXT", nullable: true),
                    status = table.Column<string>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", nullable: false),
                    width = table.Column<int>(type: "INTEGER", nullable: false),
                    height = table.Column<int>(type: "INTEGER", nullable: false),
                    errorMessage = table.Column<string>(type: "TEXT", nullable: true),
                    createdAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_storyboardImages", x => x.id);
                    table.ForeignKey(
                        name: "FK_storyboardImages_projects_projectId",
                        column: x => x.projectId,
                        principalTable: "projects",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_storyboardImages_scenes_sceneId",
                        column: x => x.sceneId,
                        principalTable: "scenes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "videoPrompts",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    projectId = table.Column<int>(type: "INTEGER", nullable: false),
                    sceneId = table.Column<int>(type: "INTEGER", nullable: false),
                    prompt = table.Column<string>(type: "TEXT", nullable: false),
                    negativePrompt = table.Column<string>(type: "TEXT", nullable: true),
                    duration = table.Column<int>(type: "INTEGER", nullable: false),
                    style = table.Column<string>(type: "TEXT", nullable: false),
                    camera = table.Column<string>(type: "TEXT", nullable: true),
                    edited = table.Column<bool>(type: "INTEGER", nullable: false),
                    createdAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_videoPrompts", x => x.id);
                    table.ForeignKey(
                        name: "FK_videoPrompts_projects_projectId",
                        column: x => x.projectId,
                        principalTable: "projects",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_videoPrompts_scenes_sceneId",
                        column: x => x.sceneId,
                        principalTable: "scenes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "sceneCharacters",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    sceneId = table.Column<int>(type: "INTEGER", nullable: false),
                    characterId = table.Column<int>(type: "INTEGER", nullable: false),
                    speaks = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sceneCharacters", x => x.id);
                    table.ForeignKey(
                        name: "FK_sceneCharacters_characters_characterId",
                        column: x => x.characterId,
                        principalTable: "characters",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_sceneCharacters_scenes_sceneId",
                        column: x => x.sceneId,
                        principalTable: "scenes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_characters_firstSceneId",
                table: "characters",
                column: "firstSceneId");

            migrationBuilder.CreateIndex(
                name: "IX_characters_projectId",
                table: "characters",
                column: "projectId");

            migrationBuilder.CreateIndex(
                name: "IX_costLedger_projectId",
                table: "costLedger",
                column: "projectId");

            migrationBuilder.CreateIndex(
                name: "IX_finalMovies_projectId",
                table: "finalMovies",
                column: "projectId");

            migrationBuilder.CreateIndex(
                name: "IX_generatedVideos_externalTaskId",
                table: "generatedVideos",
                column: "externalTaskId");

            migrationBuilder.CreateIndex(
                name: "IX_generatedVideos_projectId",
                table: "generatedVideos",
                column: "projectId");

            migrationBuilder.CreateIndex(
                name: "IX_generatedVideos_sceneId",
                table: "generatedVideos",
                column: "sceneId");

            migrationBuilder.CreateIndex(
                name: "IX_pipelineRuns_projectId",
                table: "pipelineRuns",
                column: "projectId");

            migrationBuilder.CreateIndex(
                name: "IX_pipelineRuns_runId",
                table: "pipelineRuns",
                column: "runId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_pipelineSlots_pool_slotIndex",
                table: "pipelineSlots",
                columns: new[] { "pool", "slotIndex" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_pipelineSteps_projectId_name",
                table: "pipelineSteps",
                columns: new[] { "projectId", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_projects_userId",
                table: "projects",
                column: "userId");

            migrationBuilder.CreateIndex(
                name: "IX_sceneAudio_projectId",
                table: "sceneAudio",
                column: "projectId");

            migrationBuilder.CreateIndex(
                name: "IX_sceneAudio_sceneId",
                table: "sceneAudio",
                column: "sceneId");

            migrationBuilder.CreateIndex(
                name: "IX_sceneCharacters_characterId",
                table: "sceneCharacters",
                column: "characterId");

            migrationBuilder.CreateIndex(
                name: "IX_sceneCharacters_sceneId",
                table: "sceneCharacters",
                column: "sceneId");

            migrationBuilder.CreateIndex(
                name: "IX_scenes_projectId",
                table: "scenes",
                column: "projectId");

            migrationBuilder.CreateIndex(
                name: "IX_scenes_settingId",
                table: "scenes",
                column: "settingId");

            migrationBuilder.CreateIndex(
                name: "IX_settings_projectId",
                table: "settings",
                column: "projectId");

            migrationBuilder.CreateIndex(
                name: "IX_storedFiles_projectId",
                table: "storedFiles",
                column: "projectId");

            migrationBuilder.CreateIndex(
                name: "IX_storedFiles_storageKey",
                table: "storedFiles",
                column: "storageKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_storyboardImages_projectId",
                table: "storyboardImages",
                column: "projectId");

            migrationBuilder.CreateIndex(
                name: "IX_storyboardImages_sceneId",
                table: "storyboardImages",
                column: "sceneId");

            migrationBuilder.CreateIndex(
                name: "IX_users_email",
                table: "users",
                column: "email",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_videoPrompts_projectId",
                table: "videoPrompts",
                column: "projectId");

            migrationBuilder.CreateIndex(
                name: "IX_videoPrompts_sceneId",
                table: "videoPrompts",
                column: "sceneId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "costLedger");

            migrationBuilder.DropTable(
                name: "finalMovies");

            migrationBuilder.DropTable(
                name: "generatedVideos");

            migrationBuilder.DropTable(
                name: "pipelineRuns");

            migrationBuilder.DropTable(
                name: "pipelineSlots");

            migrationBuilder.DropTable(
                name: "pipelineSteps");

            migrationBuilder.DropTable(
                name: "sceneAudio");

            migrationBuilder.DropTable(
                name: "sceneCharacters");

            migrationBuilder.DropTable(
                name: "storedFiles");

            migrationBuilder.DropTable(
                name: "storyboardImages");

            migrationBuilder.DropTable(
                name: "videoPrompts");

            migrationBuilder.DropTable(
                name: "characters");

            migrationBuilder.DropTable(
                name: "scenes");

            migrationBuilder.DropTable(
                name: "settings");

            migrationBuilder.DropTable(
                name: "projects");

            migrationBuilder.DropTable(
                name: "users");
        }
    }
}
