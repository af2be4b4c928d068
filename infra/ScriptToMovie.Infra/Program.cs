using Amazon.CDK;
using ScriptToMovie.Infra;

// Two copies of one stack that share nothing (the seed's Stage 2.5 rule): staging first, production after it passes.
// `cdk synth` runs this program; the settings of each stage come from cdk.json's context or `-c name=value`.
var app = new App();
foreach (var stage in new[] { "staging", "production" })
    new ScriptToMovieStack(app, $"ScriptToMovie-{stage}", StageSettings.From(app.Node, stage), new StackProps
    {
        Env = new Amazon.CDK.Environment
        {
            Account = System.Environment.GetEnvironmentVariable("CDK_DEFAULT_ACCOUNT"),
            Region = System.Environment.GetEnvironmentVariable("CDK_DEFAULT_REGION"),
        },
        Description = $"Script-to-Movie {stage}: VPC, MySQL, Redis, media bucket, API and workers on Fargate.",
    });
app.Synth();
