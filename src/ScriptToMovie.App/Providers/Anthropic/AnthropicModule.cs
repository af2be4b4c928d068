using ScriptToMovie.App.Hosting;
using ScriptToMovie.App.Providers;

namespace ScriptToMovie.App.Providers.Anthropic;

public sealed class AnthropicModule : IAppModule
{
    public void Register(IServiceCollection services, IConfiguration configuration) =>
        services.AddKeyedScoped<IScriptAnalyzer, ClaudeAnalyzer>(AnalyzerChoice.Anthropic);
}
