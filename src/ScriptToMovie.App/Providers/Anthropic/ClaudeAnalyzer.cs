using System.Net;
using Anthropic;
using Anthropic.Core;
using Anthropic.Exceptions;
using Anthropic.Models.Messages;
using ScriptToMovie.App.Pipeline;
using ScriptToMovie.Analysis;

namespace ScriptToMovie.App.Providers.Anthropic;

/// <summary>
/// Writes the descriptions with Claude. The parser's scene list is sent in batches; each request forces
/// one tool call whose schema names the batch's scenes, so the answer can be checked completely. The
/// characters described so far travel with every batch to keep their looks the same. An unusable
/// answer is asked for once more, then those scenes get the offline text and a note.
/// </summary>
public sealed class ClaudeAnalyzer(AnthropicSettings settings, ILogger<ClaudeAnalyzer> log) : IScriptAnalyzer
{
    public const string KeyRejected = "The Anthropic API key was rejected. Check ANTHROPIC_API_KEY in your settings, then run the analysis again.";
    public const string KeyMissing = "Claude is chosen for script analysis (ANALYZER=anthropic) but ANTHROPIC_API_KEY is not set.";
    public const string Unavailable = "Script analysis with Claude is temporarily unavailable. Your project has been saved — try again in a few minutes.";

    private static readonly string PromptFolder = Path.Combine(AppContext.BaseDirectory, "Steps", "Parse");

    public string Name => AnalyzerChoice.Anthropic;

    public async Task<ScriptDescriptions> DescribeAsync(ScriptBreakdown script, AnalysisProgress progress, CancellationToken ct)
    {
        if (settings.ApiKey is null) throw new StepFailedException(KeyMissing);
        var system = await File.ReadAllTextAsync(Path.Combine(PromptFolder, "claude-system.md"), ct);
        var template = await File.ReadAllTextAsync(Path.Combine(PromptFolder, "claude-batch.md"), ct);

        using var client = new AnthropicClient(new ClientOptions
        {
            ApiKey = settings.ApiKey,
            BaseUrl = settings.BaseUrl ?? "https://api.anthropic.com",
            MaxRetries = 0, // retries are ours, with our delays and our messages
            Timeout = TimeSpan.FromMinutes(3),
        });

        var scenes = new Dictionary<int, SceneText>();
        var cast = new Dictionary<string, string>(StringComparer.Ordinal);
        var places = new Dictionary<string, string>(StringComparer.Ordinal);
        var fallbacks = new List<string>();
        var parts = ClaudeBatch.Split(script.Scenes, settings.BatchScenes, settings.BatchCharacters);
        for (int i = 0; i < parts.Count; i++)
        {
            var batch = new ClaudeBatch
            {
                Scenes = parts[i],
                NewCast = parts[i].SelectMany(s => s.Present.Select(p => p.Member)).Distinct().Where(m => !cast.ContainsKey(m.Name)).ToList(),
                NewSettings = parts[i].Select(script.SettingOf).Distinct().Where(s => !places.ContainsKey(s.Name)).ToList(),
            };
            await progress(i * 100 / parts.Count, $"Claude is describing scenes {batch.First}–{batch.Last} of {script.Scenes.Count}");
            var prompt = batch.Prompt(template, script, cast);
            var answer = await AskAsync(client, settings, system, prompt, batch, ct)
                         ?? await AskAsync(client, settings, system, prompt, batch, ct, retry: true);
            if (answer is null)
            {
                log.LogWarning("Claude's answers for scenes {First}-{Last} were unusable twice; using the offline descriptions", batch.First, batch.Last);
                fallbacks.Add(batch.First == batch.Last ? $"{batch.First}" : $"{batch.First}–{batch.Last}");
            }
            foreach (var s in batch.Scenes)
                scenes[s.Index] = answer?.Scenes[s.Index] ?? RuleBasedAnalysis.DescribeScene(script, s);
            foreach (var m in batch.NewCast)
                cast[m.Name] = answer?.Characters.GetValueOrDefault(m.Name) ?? RuleBasedAnalysis.DescribeCharacter(script, m);
            foreach (var s in batch.NewSettings)
                places[s.Name] = answer?.Settings.GetValueOrDefault(s.Name) ?? RuleBasedAnalysis.DescribeSetting(script, s);
        }
        // People who never appear in a scene still need a look.
        foreach (var m in script.Cast.Where(m => !cast.ContainsKey(m.Name))) cast[m.Name] = RuleBasedAnalysis.DescribeCharacter(script, m);
        await progress(100, $"Claude described {script.Scenes.Count} scenes");

        var notes = fallbacks.Count == 0 ? [] : new List<string>
        {
            $"Claude's answer for scene{(fallbacks.Count == 1 && !fallbacks[0].Contains('–') ? "" : "s")} {string.Join(", ", fallbacks)} could not be used, so {(fallbacks.Count == 1 && !fallbacks[0].Contains('–') ? "it uses" : "they use")} the offline descriptions.",
        };
        return new ScriptDescriptions(scenes, cast, places) { Notes = notes };
    }

    /// <summary>One request for one batch; null when the answer is malformed or cut off.</summary>
    private async Task<ClaudeAnswer?> AskAsync(AnthropicClient client, AnthropicSettings settings, string system, string prompt, ClaudeBatch batch,
        CancellationToken ct, bool retry = false)
    {
        var request = new MessageCreateParams
        {
            Model = settings.Model,
            // A retry after a cut-off answer gets more room.
            MaxTokens = retry ? 16_000 : 8_000,
            System = system,
            Messages = [new UserMessageParam(prompt)],
            Tools = [new Tool { Name = ClaudeBatch.ToolName, Description = "Record the scene, character and setting descriptions.", InputSchema = InputSchema.FromRawUnchecked(batch.Schema()) }],
            ToolChoice = new ToolChoiceTool(ClaudeBatch.ToolName),
        };
        var message = await SendAsync(client, settings, request, ct);
        if (message.StopReason == StopReason.MaxTokens)
        {
            log.LogWarning("Claude's answer for scenes {First}-{Last} was cut off at the token limit", batch.First, batch.Last);
            return null;
        }
        var toolUse = message.Content.Select(c => c.TryPickToolUse(out var t) ? t : null).FirstOrDefault(t => t?.Name == ClaudeBatch.ToolName);
        var answer = ClaudeAnswer.Validate(toolUse?.Input, batch);
        if (answer is null) log.LogWarning("Claude's answer for scenes {First}-{Last} did not match the schema", batch.First, batch.Last);
        return answer;
    }

    /// <summary>Sends with backoff on 429, 5xx, 529 and network failures; maps a rejected key and a lasting outage to a user's sentence.</summary>
    private async Task<Message> SendAsync(AnthropicClient client, AnthropicSettings settings, MessageCreateParams request, CancellationToken ct)
    {
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                return await client.Messages.Create(request, ct);
            }
            catch (AnthropicApiException e) when (e.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
            {
                throw new StepFailedException(KeyRejected, e);
            }
            catch (Exception e) when (IsTransient(e, ct))
            {
                if (attempt >= settings.Attempts) throw new StepFailedException(Unavailable, e);
                var delay = settings.RetryBase * Math.Pow(2, attempt - 1);
                log.LogWarning("Claude request failed ({Reason}); attempt {Attempt} of {Attempts}, retrying in {Delay} ms", Reason(e), attempt, settings.Attempts, delay.TotalMilliseconds);
                await Task.Delay(delay, ct);
            }
            catch (AnthropicApiException e)
            {
                throw new StepFailedException($"Claude turned the analysis request down ({(int)e.StatusCode}): {e.ApiMessage ?? e.Message}", e);
            }
        }
    }

    private static bool IsTransient(Exception e, CancellationToken ct) => e switch
    {
        AnthropicApiException api => (int)api.StatusCode is 408 or 409 or 429 or >= 500,
        AnthropicIOException or HttpRequestException => true,
        TaskCanceledException or OperationCanceledException => !ct.IsCancellationRequested,
        _ => false,
    };

    private static string Reason(Exception e) => e is AnthropicApiException api ? $"HTTP {(int)api.StatusCode}" : e.GetType().Name;
}
