namespace ScriptToMovie.Fakes.Anthropic;

/// <summary>What the fake answers to the next request.</summary>
public enum FakeAnthropicReply
{
    /// <summary>A forced tool call whose input follows the tool's input schema exactly.</summary>
    WellFormed,
    /// <summary>A tool call whose input ignores the schema (wrong types, missing scenes).</summary>
    Malformed,
    /// <summary>Cut off at max_tokens: stop_reason "max_tokens" and a tool call with partial input.</summary>
    Truncated,
    /// <summary>429 rate_limit_error.</summary>
    RateLimited,
    /// <summary>401 authentication_error.</summary>
    Unauthorized,
    /// <summary>529 overloaded_error.</summary>
    Overloaded,
}
