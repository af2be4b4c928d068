using System.Text.Json.Nodes;
using Amazon.CDK;
using Amazon.CDK.Assertions;

namespace ScriptToMovie.Infra.Tests;

/// <summary>
/// Staging and production synthesized once for all tests (each synthesis starts aws-cdk-lib in node, which takes
/// seconds), with made-up web addresses and certificates: nothing here talks to AWS.
/// </summary>
public sealed class BothStacks
{
    public Template Staging { get; }
    public Template Production { get; }
    public JsonObject StagingJson { get; }
    public JsonObject ProductionJson { get; }

    public BothStacks()
    {
        // The jsii runtime's node may be older than aws-cdk-lib would like; its banner is noise in test output.
        System.Environment.SetEnvironmentVariable("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20");
        System.Environment.SetEnvironmentVariable("JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION", "1");
        var app = new App(new AppProps
        {
            Context = new Dictionary<string, object>
            {
                ["staging.domain"] = "movies-staging.example.com",
                ["staging.certificateArn"] = "arn:aws:acm:eu-west-1:111111111111:certificate/staging",
                ["production.domain"] = "movies.example.com",
                ["production.certificateArn"] = "arn:aws:acm:eu-west-1:111111111111:certificate/production",
            },
        });
        var env = new Amazon.CDK.Environment { Account = "111111111111", Region = "eu-west-1" };
        var staging = new ScriptToMovieStack(app, "ScriptToMovie-staging", StageSettings.From(app.Node, "staging"), new StackProps { Env = env });
        var production = new ScriptToMovieStack(app, "ScriptToMovie-production", StageSettings.From(app.Node, "production"), new StackProps { Env = env });
        Staging = Template.FromStack(staging);
        Production = Template.FromStack(production);
        StagingJson = ToJson(Staging);
        ProductionJson = ToJson(Production);
    }

    private static JsonObject ToJson(Template t) =>
        JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(t.ToJSON()))!.AsObject();
}
