using Amazon.CDK;
using ScriptToMovie.Infra;

// Two copies of one stack that share nothing (the seed's Stage 2.5 rule): staging first, production after it passes.
// `cdk synth` runs this program; the settings of each stage come from cdk.json's context or `-c name=value`.
// A stage whose domain and certificate are not given yet is left out, so staging can go first.
var app = new App();
var stages = new[] { "staging", "production" }.Select(s => StageSettings.TryFrom(app.Node, s)).OfType<StageSettings>().ToList();
if (stages.Count == 0) StageSettings.From(app.Node, "staging"); // throws the sentence saying what to pass
foreach (var stage in stages)
    new ScriptToMovieStack(app, $"ScriptToMovie-{stage.Name}", stage, new StackProps
    {
        Env = new Amazon.CDK.Environment
        {
            Account = System.Environment.GetEnvironmentVariable("CDK_DEFAULT_ACCOUNT"),
            Region = System.Environment.GetEnvironmentVariable("CDK_DEFAULT_REGION"),
        },
        Description = $"Script-to-Movie {stage.Name}: VPC, MySQL, Redis, media bucket, API and workers on Fargate.",
    });
app.Synth();
