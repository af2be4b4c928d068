using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using static ScriptToMovie.Fakes.Kling.FakeKlingReplies;
using static ScriptToMovie.Fakes.Kling.FakeKlingValidation;

namespace ScriptToMovie.Fakes.Kling;

/// <summary>
/// A Kling account on loopback, speaking the legacy <c>/v1</c> API as the notes in shared/docs/kling-api.md
/// describe it (section 5): JWT or API-key auth, create/query/list, the submitted → processing → succeed|failed
/// machine, duplicate external ids, the pack's concurrency cap and balance, injected faults, dropped replies
/// and expiring result URLs. It counts what a test needs to prove nothing was paid for twice.
/// </summary>
public sealed partial class FakeKlingServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly object _gate = new();
    private readonly Random _dice;
    private readonly List<FakeKlingTask> _tasks = [];
    private readonly ConcurrentDictionary<string, int> _createsPerExternalId = new();
    private readonly ConcurrentDictionary<string, int> _createsPerPrompt = new();
    private long _nextTaskId = 866_889_456_698_785_000;
    private int _peakConcurrency;
    private int _requests;
    private int _injectedFaults;
    private int _droppedReplies;

    public FakeKlingOptions Options { get; }
    public string BaseUrl { get; private set; } = "";

    private FakeKlingServer(FakeKlingOptions options)
    {
        Options = options;
        _dice = new Random(options.RandomSeed);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0));
        _app = builder.Build();
        Map(_app);
    }

    public static async Task<FakeKlingServer> StartAsync(FakeKlingOptions? options = null)
    {
        await FakeKlingMedia.WarmUpAsync();
        var server = new FakeKlingServer(options ?? new FakeKlingOptions());
        await server._app.StartAsync();
        var address = server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = address.TrimEnd('/');
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    // ---- what tests read ----

    public IReadOnlyList<FakeKlingTask> Tasks { get { lock (_gate) return _tasks.ToList(); } }

    /// <summary>Tasks actually created per external_task_id (a refused duplicate does not count).</summary>
    public IReadOnlyDictionary<string, int> CreatesPerExternalId => _createsPerExternalId;

    /// <summary>Tasks actually created per prompt text.</summary>
    public IReadOnlyDictionary<string, int> CreatesPerPrompt => _createsPerPrompt;

    /// <summary>The most generation slots ever held at once.</summary>
    public int PeakConcurrency { get { lock (_gate) return _peakConcurrency; } }

    /// <summary>Units charged for tasks that succeeded (what final_unit_deduction reported).</summary>
    public double ChargedUnits
    {
        get { var now = DateTimeOffset.UtcNow; lock (_gate) return _tasks.Where(t => t.StatusAt(now) == "succeed").Sum(t => t.Units); }
    }

    public int Requests => Volatile.Read(ref _requests);
    public int InjectedFaults => Volatile.Read(ref _injectedFaults);
    public int DroppedReplies => Volatile.Read(ref _droppedReplies);

    // ---- the API ----

    private void Map(WebApplication app)
    {
        app.Use(async (http, next) =>
        {
            Interlocked.Increment(ref _requests);
            if (http.Request.Path.StartsWithSegments("/results")) { await next(http); return; }
            if (FakeKlingAuth.Check(http.Request.Headers.Authorization, Options, DateTimeOffset.UtcNow) is { } refusal)
            {
                await Error(http, 401, refusal.Code, refusal.Message);
                return;
            }
            if (RollFault(http.Request.Method == "POST") is { } fault)
            {
                Interlocked.Increment(ref _injectedFaults);
                if (fault.CreateFirst) http.Items["create-then-fail"] = fault;
                else { await Error(http, fault.Status, fault.Code, fault.Message); return; }
            }
            await next(http);
        });

        app.MapPost("/v1/videos/{product}", (HttpContext http, string product) =>
            product is "text2video" or "image2video" or "omni-video" ? CreateAsync(http, product) : Error(http, 404, 1202, "Invalid request method"));
        MapGeneral(app);
        app.MapPost("/v1/images/{product}", (HttpContext http, string product) =>
            product is "generations" or "omni-image" ? CreateAsync(http, product) : Error(http, 404, 1202, "Invalid request method"));
        app.MapGet("/v1/videos/{product}/{id}", (HttpContext http, string product, string id) => QueryAsync(http, product, id));
        app.MapGet("/v1/images/{product}/{id}", (HttpContext http, string product, string id) => QueryAsync(http, product, id));
        app.MapGet("/v1/videos/{product}", (HttpContext http, string product) => ListAsync(http, product));
        app.MapGet("/v1/images/{product}", (HttpContext http, string product) => ListAsync(http, product));
        app.MapGet("/account/costs", (HttpContext http) => CostsAsync(http));
        app.MapGet("/results/{token}", (HttpContext http, string token) => ResultAsync(http, token));
        app.MapFallback((HttpContext http) => Error(http, 404, 1202, "Invalid request method"));
    }

    private sealed record Fault(int Status, int Code, string Message, bool CreateFirst);

    private Fault? RollFault(bool isCreate)
    {
        lock (_gate)
        {
            if (Options.FaultRate <= 0 || _dice.NextDouble() >= Options.FaultRate) return null;
            return _dice.Next(4) switch
            {
                0 => new Fault(500, 5000, "Server internal error", false),
                1 => new Fault(503, 5001, "Server temporarily unavailable, usually due to maintenance", false),
                // A backlog timeout on a create: the task was made, the caller only hears the timeout.
                2 => new Fault(504, 5002, "Server internal timeout, usually due to a backlog", isCreate),
                _ => new Fault(429, 1302, "The API request is too fast, please slow down", false),
            };
        }
    }

    private async Task CreateAsync(HttpContext http, string product)
    {
        JsonObject body;
        try
        {
            body = JsonNode.Parse(http.Request.Body is { } s ? await new StreamReader(s).ReadToEndAsync() : "") as JsonObject
                ?? throw new JsonException();
        }
        catch (JsonException)
        {
            await Error(http, 400, 1200, "Invalid request parameters: the body is not a JSON object");
            return;
        }
        if ((Validate(body, product) ?? ValidateElements(body, product)) is { } problem)
        {
            await Error(http, 400, problem.Code, problem.Message);
            return;
        }

        var model = Text(body, "model_name") ?? product switch
        {
            "generations" => "kling-v3",
            "omni-image" => "kling-image-o1",
            "omni-video" => "kling-video-o1",
            "ai-multi-shot" or "advanced-custom-elements" => "n/a",
            _ => "kling-v1",
        };
        if (model == "kling-v1")
        {
            await Error(http, 400, 1201, "The model 'kling-v1' has been discontinued and is no longer available.");
            return;
        }
        var mode = Text(body, "mode") ?? "std";
        var duration = Text(body, "duration") ?? "5";
        var prompt = Text(body, "prompt") ?? "";
        var n = body["n"] is JsonValue nv && nv.TryGetValue<int>(out var count) ? count : 1;
        var external = Text(body, "external_task_id") is { Length: > 0 } e ? e : null;
        var now = DateTimeOffset.UtcNow;
        FakeKlingTask task;
        lock (_gate)
        {
            if (external is not null && _tasks.Any(t => t.ExternalTaskId == external))
            {
                http.Items["refusal"] = (400, 1201, $"External_task_id {external} already exists");
                goto refused;
            }
            var units = product switch
            {
                "generations" or "omni-image" => Options.ImageUnits * n,
                "ai-multi-shot" => Options.MultiShotUnits,
                "advanced-custom-elements" => Options.ElementUnits,
                _ => Options.VideoUnits(model, mode, duration),
            };
            var isVideo = FakeKlingTask.IsVideoProduct(product);
            var active = _tasks.Where(t => t.IsActiveAt(now) && t.IsVideo == isVideo).Sum(t => t.Slots);
            var slots = isVideo || product is not ("generations" or "omni-image") ? 1 : n;
            if (active + slots > Options.ConcurrencyLimit)
            {
                http.Items["refusal"] = (429, 1303, "parallel task over resource pack limit");
                goto refused;
            }
            var spent = _tasks.Where(t => !(t.WillFail && t.StatusAt(now) == "failed")).Sum(t => t.Units);
            if (Options.BalanceUnits is { } balance && spent + units > balance)
            {
                http.Items["refusal"] = (429, 1102, "Account balance not enough");
                goto refused;
            }
            task = new FakeKlingTask
            {
                TaskId = (++_nextTaskId).ToString(CultureInfo.InvariantCulture),
                Product = product,
                ExternalTaskId = external,
                Prompt = prompt,
                NegativePrompt = Text(body, "negative_prompt"),
                Model = model,
                Mode = mode,
                Duration = duration,
                AspectRatio = Text(body, "aspect_ratio"),
                ImageCount = product == "ai-multi-shot" ? 3 : n,
                ElementIds = ElementIdsOf(body),
                ReferencedImages = ReferencedImagesOf(body),
                ElementId = product == "advanced-custom-elements" ? (++_nextElementId).ToString(CultureInfo.InvariantCulture) : null,
                ElementName = Text(body, "element_name"),
                Units = units,
                WillFail = prompt.Contains(Options.FailWhenPromptContains, StringComparison.Ordinal),
                CreatedAt = now,
                ProcessingAt = now + Options.SubmittedFor,
                EndsAt = now + Options.SubmittedFor + Options.ProcessingFor,
            };
            _tasks.Add(task);
            _peakConcurrency = Math.Max(_peakConcurrency, active + slots);
            if (external is not null) _createsPerExternalId.AddOrUpdate(external, 1, (_, c) => c + 1);
            _createsPerPrompt.AddOrUpdate(prompt, 1, (_, c) => c + 1);
        }

        if (http.Items["create-then-fail"] is Fault fault)
        {
            await Error(http, fault.Status, fault.Code, fault.Message);
            return;
        }
        bool drop;
        lock (_gate) drop = Options.LostResponseRate > 0 && _dice.NextDouble() < Options.LostResponseRate;
        if (drop)
        {
            Interlocked.Increment(ref _droppedReplies);
            http.Abort();
            return;
        }
        await Ok(http, new JsonObject
        {
            ["task_id"] = task.TaskId,
            ["task_status"] = "submitted",
            ["task_info"] = new JsonObject { ["external_task_id"] = task.ExternalTaskId ?? "" },
            ["created_at"] = task.CreatedAt.ToUnixTimeMilliseconds(),
            ["updated_at"] = task.CreatedAt.ToUnixTimeMilliseconds(),
        });
        return;

    refused:
        var (status, code, message) = ((int, int, string))http.Items["refusal"]!;
        await Error(http, status, code, message);
    }

    private async Task QueryAsync(HttpContext http, string product, string id)
    {
        FakeKlingTask? task;
        lock (_gate) task = _tasks.FirstOrDefault(t => t.Product == product && (t.TaskId == id || t.ExternalTaskId == id));
        if (task is null)
        {
            await Error(http, 404, 1203, "Task not found");
            return;
        }
        await Ok(http, Record(task, http, DateTimeOffset.UtcNow));
    }

    private async Task ListAsync(HttpContext http, string product)
    {
        var page = int.TryParse(http.Request.Query["pageNum"], out var p) ? p : 1;
        var size = int.TryParse(http.Request.Query["pageSize"], out var s) ? s : 30;
        if (page is < 1 or > 1000 || size is < 1 or > 500)
        {
            await Error(http, 400, 1201, "Invalid parameter: pageNum must be 1–1000 and pageSize 1–500");
            return;
        }
        List<FakeKlingTask> tasks;
        lock (_gate) tasks = _tasks.Where(t => t.Product == product).OrderByDescending(t => t.CreatedAt).Skip((page - 1) * size).Take(size).ToList();
        var now = DateTimeOffset.UtcNow;
        await Ok(http, new JsonArray([.. tasks.Select(t => (JsonNode)Record(t, http, now))]));
    }

    private async Task CostsAsync(HttpContext http)
    {
        var now = DateTimeOffset.UtcNow;
        double used;
        lock (_gate) used = _tasks.Where(t => !(t.WillFail && t.StatusAt(now) == "failed")).Sum(t => t.Units);
        var total = Options.BalanceUnits ?? 1_000_000;
        await Ok(http, new JsonObject
        {
            ["code"] = 0,
            ["msg"] = "success",
            ["resource_pack_subscribe_infos"] = new JsonArray(new JsonObject
            {
                ["resource_pack_name"] = "Fake-Video-Pack",
                ["resource_pack_id"] = "fakepack0001",
                ["resource_pack_type"] = "decreasing_total",
                ["total_quantity"] = total,
                ["remaining_quantity"] = Math.Max(0, total - used),
                ["purchase_time"] = now.AddDays(-1).ToUnixTimeMilliseconds(),
                ["effective_time"] = now.AddDays(-1).ToUnixTimeMilliseconds(),
                ["invalid_time"] = now.AddDays(30).ToUnixTimeMilliseconds(),
                ["status"] = total - used > 0 ? "online" : "runOut",
            }),
        });
    }

    private async Task ResultAsync(HttpContext http, string token)
    {
        FakeKlingTask? task;
        lock (_gate) task = _tasks.FirstOrDefault(t => t.ResultToken is not null && token.StartsWith(t.ResultToken, StringComparison.Ordinal));
        if (task is null || DateTimeOffset.UtcNow >= task.ResultExpiresAt)
        {
            // What a signed CDN link answers once its Expires= has passed.
            http.Response.StatusCode = 403;
            await http.Response.WriteAsync("AccessDenied: Request has expired");
            return;
        }
        var bytes = task.IsVideo ? await FakeKlingMedia.VideoAsync(task.Duration) : await FakeKlingMedia.ImageAsync();
        http.Response.ContentType = task.IsVideo ? "video/mp4" : "image/png";
        await http.Response.Body.WriteAsync(bytes);
    }

    private JsonObject Record(FakeKlingTask task, HttpContext http, DateTimeOffset now)
    {
        var status = task.StatusAt(now);
        var record = new JsonObject
        {
            ["task_id"] = task.TaskId,
            ["task_status"] = status,
            ["task_status_msg"] = status == "failed" ? Options.FailureMessage : "",
            ["task_info"] = new JsonObject { ["external_task_id"] = task.ExternalTaskId ?? "" },
            ["created_at"] = task.CreatedAt.ToUnixTimeMilliseconds(),
            ["updated_at"] = (status switch { "submitted" => task.CreatedAt, "processing" => task.ProcessingAt, _ => task.EndsAt }).ToUnixTimeMilliseconds(),
            ["watermark_info"] = new JsonObject { ["enabled"] = false },
        };
        if (status != "succeed") return record;

        lock (_gate)
        {
            if (task.ResultToken is null)
            {
                task.ResultToken = Guid.NewGuid().ToString("N");
                task.ResultExpiresAt = now + Options.ResultUrlLifetime;
            }
        }
        var expires = task.ResultExpiresAt.ToUnixTimeSeconds();
        var baseUrl = $"{http.Request.Scheme}://{http.Request.Host}/results/";
        record["final_unit_deduction"] = task.Units.ToString(CultureInfo.InvariantCulture);
        record["task_result"] = task.ElementId is not null ? ElementResult(task)
            : task.IsVideo
            ? new JsonObject
            {
                ["videos"] = new JsonArray(new JsonObject
                {
                    ["id"] = task.TaskId + "01",
                    ["url"] = $"{baseUrl}{task.ResultToken}.mp4?Expires={expires}",
                    ["duration"] = FakeKlingMedia.SecondsFor(task.Duration).ToString("0.000", CultureInfo.InvariantCulture),
                }),
            }
            : new JsonObject
            {
                ["images"] = new JsonArray([.. Enumerable.Range(0, task.ImageCount).Select(i => (JsonNode)new JsonObject
                {
                    ["index"] = i,
                    ["url"] = $"{baseUrl}{task.ResultToken}-{i}.png?Expires={expires}",
                })]),
            };
        return record;
    }
}
