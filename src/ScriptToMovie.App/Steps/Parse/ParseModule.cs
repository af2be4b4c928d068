using ScriptToMovie.App.Hosting;
using ScriptToMovie.App.Pipeline;
using ScriptToMovie.App.Providers;
using ScriptToMovie.App.Providers.RuleBased;

namespace ScriptToMovie.App.Steps.Parse;

public sealed class ParseModule : IAppModule
{
    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<IPipelineStep, ParseStep>();
        services.AddKeyedScoped<IScriptAnalyzer, RuleBasedAnalyzer>(AnalyzerChoice.Rules);
    }
}
