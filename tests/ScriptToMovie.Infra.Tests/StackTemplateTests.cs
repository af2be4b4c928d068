using System.Text.Json.Nodes;
using Amazon.CDK.Assertions;

namespace ScriptToMovie.Infra.Tests;

/// <summary>What the AWS templates promise: two environments that share nothing, private media, MySQL over TLS only,
/// a task role that reaches its own bucket and nothing else, and a load balancer that keeps progress streams open.</summary>
public sealed class StackTemplateTests(BothStacks stacks) : IClassFixture<BothStacks>
{
    [Fact]
    public void Staging_and_production_name_no_resource_alike()
    {
        var staging = ExplicitNames(stacks.StagingJson);
        var production = ExplicitNames(stacks.ProductionJson);

        Assert.NotEmpty(staging);
        Assert.All(staging, n => Assert.Contains("staging", n));
        Assert.All(production, n => Assert.Contains("production", n));
        Assert.Empty(staging.Intersect(production));
    }

    [Fact]
    public void The_media_bucket_is_private_encrypted_and_reached_over_tls_only()
    {
        foreach (var t in new[] { stacks.Staging, stacks.Production })
        {
            t.ResourceCountIs("AWS::S3::Bucket", 1);
            t.HasResourceProperties("AWS::S3::Bucket", new Dictionary<string, object>
            {
                ["PublicAccessBlockConfiguration"] = new Dictionary<string, object>
                {
                    ["BlockPublicAcls"] = true, ["BlockPublicPolicy"] = true, ["IgnorePublicAcls"] = true, ["RestrictPublicBuckets"] = true,
                },
                ["BucketEncryption"] = Match.ObjectLike(new Dictionary<string, object>()),
                ["LifecycleConfiguration"] = Match.ObjectLike(new Dictionary<string, object>
                {
                    ["Rules"] = Match.ArrayWith([Match.ObjectLike(new Dictionary<string, object> { ["Prefix"] = "projects/readyz/", ["ExpirationInDays"] = 1 })]),
                }),
            });
            t.HasResourceProperties("AWS::S3::BucketPolicy", Match.ObjectLike(new Dictionary<string, object>
            {
                ["PolicyDocument"] = Match.ObjectLike(new Dictionary<string, object>
                {
                    ["Statement"] = Match.ArrayWith([Match.ObjectLike(new Dictionary<string, object>
                    {
                        ["Effect"] = "Deny",
                        ["Condition"] = new Dictionary<string, object> { ["Bool"] = new Dictionary<string, object> { ["aws:SecureTransport"] = "false" } },
                    })]),
                }),
            }));
        }
        Assert.DoesNotContain("PublicRead", stacks.StagingJson.ToJsonString());
    }

    [Fact]
    public void The_database_refuses_connections_without_tls()
    {
        foreach (var (t, json) in new[] { (stacks.Staging, stacks.StagingJson), (stacks.Production, stacks.ProductionJson) })
        {
            t.HasResourceProperties("AWS::RDS::DBParameterGroup", new Dictionary<string, object>
            {
                ["Parameters"] = Match.ObjectLike(new Dictionary<string, object> { ["require_secure_transport"] = "ON" }),
            });
            var (groupId, _) = Single(json, "AWS::RDS::DBParameterGroup");
            var (_, instance) = Single(json, "AWS::RDS::DBInstance");
            Assert.Equal(groupId, instance["Properties"]!["DBParameterGroupName"]!["Ref"]!.GetValue<string>());
            Assert.True(instance["Properties"]!["StorageEncrypted"]!.GetValue<bool>());
            Assert.False(instance["Properties"]!["PubliclyAccessible"]?.GetValue<bool>() ?? false);
        }
    }

    [Fact]
    public void The_task_role_may_touch_its_own_bucket_and_nothing_else()
    {
        foreach (var json in new[] { stacks.StagingJson, stacks.ProductionJson })
        {
            var (bucketId, _) = Single(json, "AWS::S3::Bucket");
            var roleId = Resources(json).Single(r => r.Key.StartsWith("TaskRole", StringComparison.Ordinal) && r.Value!["Type"]!.GetValue<string>() == "AWS::IAM::Role").Key;
            var policies = Resources(json)
                .Where(r => r.Value!["Type"]!.GetValue<string>() == "AWS::IAM::Policy"
                            && r.Value!["Properties"]!["Roles"]!.AsArray().Any(x => x!["Ref"]?.GetValue<string>() == roleId))
                .ToList();
            Assert.NotEmpty(policies);
            var statements = policies.SelectMany(p => p.Value!["Properties"]!["PolicyDocument"]!["Statement"]!.AsArray()).ToList();
            Assert.NotEmpty(statements);
            foreach (var s in statements)
            {
                Assert.Equal("Allow", s!["Effect"]!.GetValue<string>());
                var actions = s["Action"] is JsonArray a ? a.Select(x => x!.GetValue<string>()) : [s["Action"]!.GetValue<string>()];
                Assert.All(actions, action => Assert.StartsWith("s3:", action));
                var resources = s["Resource"] is JsonArray r ? r.ToList() : [s["Resource"]];
                Assert.All(resources, resource => Assert.Contains($"\"{bucketId}\"", resource!.ToJsonString()));
            }
            // No managed policies either: what the role may do is exactly the statements above.
            Assert.Null(Resources(json).Single(r => r.Key == roleId).Value!["Properties"]!["ManagedPolicyArns"]);
        }
    }

    [Fact]
    public void The_api_is_served_over_https_with_an_idle_timeout_long_enough_for_progress_streams()
    {
        foreach (var t in new[] { stacks.Staging, stacks.Production })
        {
            t.HasResourceProperties("AWS::ElasticLoadBalancingV2::LoadBalancer", new Dictionary<string, object>
            {
                ["LoadBalancerAttributes"] = Match.ArrayWith([new Dictionary<string, object>
                {
                    ["Key"] = "idle_timeout.timeout_seconds", ["Value"] = StageSettings.IdleTimeoutSeconds.ToString(),
                }]),
            });
            t.HasResourceProperties("AWS::ElasticLoadBalancingV2::Listener", Match.ObjectLike(new Dictionary<string, object> { ["Protocol"] = "HTTPS", ["Port"] = 443 }));
            t.HasResourceProperties("AWS::ElasticLoadBalancingV2::Listener", Match.ObjectLike(new Dictionary<string, object>
            {
                ["Protocol"] = "HTTP",
                ["DefaultActions"] = Match.ArrayWith([Match.ObjectLike(new Dictionary<string, object> { ["Type"] = "redirect" })]),
            }));
            t.HasResourceProperties("AWS::ElasticLoadBalancingV2::TargetGroup", Match.ObjectLike(new Dictionary<string, object> { ["HealthCheckPath"] = "/readyz" }));
        }
    }

    [Fact]
    public void Secrets_reach_the_containers_from_secrets_manager_not_as_plain_values()
    {
        foreach (var json in new[] { stacks.StagingJson, stacks.ProductionJson })
        {
            var tasks = Resources(json).Where(r => r.Value!["Type"]!.GetValue<string>() == "AWS::ECS::TaskDefinition").ToList();
            Assert.Equal(2, tasks.Count); // the API and the workers
            foreach (var task in tasks)
            {
                var container = task.Value!["Properties"]!["ContainerDefinitions"]![0]!;
                var secretNames = container["Secrets"]!.AsArray().Select(s => s!["Name"]!.GetValue<string>()).ToList();
                Assert.Contains("JWT_SECRET", secretNames);
                Assert.Contains("DATABASE_PASSWORD", secretNames);
                Assert.Contains("KLING_SECRET_KEY", secretNames);
                var plain = container["Environment"]!.AsArray().Select(e => e!["Name"]!.GetValue<string>()).ToList();
                Assert.DoesNotContain("JWT_SECRET", plain);
                Assert.Contains("DATABASE_SSL_MODE", plain);
            }
        }
    }

    [Fact]
    public void Workers_scale_between_their_limits_on_cpu()
    {
        stacks.Staging.HasResourceProperties("AWS::ApplicationAutoScaling::ScalableTarget", Match.ObjectLike(new Dictionary<string, object> { ["MinCapacity"] = 1, ["MaxCapacity"] = 2 }));
        stacks.Production.HasResourceProperties("AWS::ApplicationAutoScaling::ScalableTarget", Match.ObjectLike(new Dictionary<string, object> { ["MinCapacity"] = 2, ["MaxCapacity"] = 8 }));
        stacks.Production.HasResourceProperties("AWS::ApplicationAutoScaling::ScalingPolicy", Match.ObjectLike(new Dictionary<string, object>
        {
            ["TargetTrackingScalingPolicyConfiguration"] = Match.ObjectLike(new Dictionary<string, object>
            {
                ["PredefinedMetricSpecification"] = new Dictionary<string, object> { ["PredefinedMetricType"] = "ECSServiceAverageCPUUtilization" },
            }),
        }));
    }

    /// <summary>
    /// Every name a template gives a resource itself that must be unique in the account (RepositoryName,
    /// LogGroupName, secret Name, …); names CDK generates are unique per stack already. A database's schema name and a
    /// role's inline policy name live inside their resource, so they may repeat.
    /// </summary>
    private static List<string> ExplicitNames(JsonObject template) =>
        Resources(template)
            .SelectMany(r => r.Value!["Properties"] is JsonObject p ? p : [])
            .Where(p => p.Key is not ("DBName" or "PolicyName"))
            .Where(p => (p.Key.EndsWith("Name", StringComparison.Ordinal) || p.Key == "Name" || p.Key == "DBInstanceIdentifier") && p.Value is JsonValue v && v.TryGetValue<string>(out _))
            .Select(p => p.Value!.GetValue<string>())
            .ToList();

    private static IEnumerable<KeyValuePair<string, JsonNode?>> Resources(JsonObject template) => template["Resources"]!.AsObject();

    private static (string Id, JsonNode Resource) Single(JsonObject template, string type)
    {
        var found = Resources(template).Single(r => r.Value!["Type"]!.GetValue<string>() == type);
        return (found.Key, found.Value!);
    }
}
