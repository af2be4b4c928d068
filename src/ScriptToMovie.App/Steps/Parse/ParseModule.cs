using ScriptToMovie.App.Hosting;
using ScriptToMovie.App.Pipeline;

namespace ScriptToMovie.App.Steps.Parse;

public sealed class ParseModule : IAppModule
{
    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<IPipelineStep, ParseStep>();
        services.AddKeyedScoped<IScriptAnalyzer, RuleBasedAnalyzer>(AnalyzerChoice.Rules);
    }
}
