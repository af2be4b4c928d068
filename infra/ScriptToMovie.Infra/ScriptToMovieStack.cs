using Amazon.CDK;
using Amazon.CDK.AWS.CertificateManager;
using Amazon.CDK.AWS.EC2;
using Amazon.CDK.AWS.ECR;
using Amazon.CDK.AWS.ECS;
using Amazon.CDK.AWS.ECS.Patterns;
using Amazon.CDK.AWS.ElastiCache;
using Amazon.CDK.AWS.ElasticLoadBalancingV2;
using Amazon.CDK.AWS.IAM;
using Amazon.CDK.AWS.Logs;
using Amazon.CDK.AWS.RDS;
using Amazon.CDK.AWS.S3;
using Amazon.CDK.AWS.SecretsManager;
using Constructs;
using EcsSecret = Amazon.CDK.AWS.ECS.Secret;
using Secret = Amazon.CDK.AWS.SecretsManager.Secret;

namespace ScriptToMovie.Infra;

/// <summary>
/// One whole Script-to-Movie environment on AWS: its own network, MySQL (TLS required), Redis, media bucket, image
/// repository, secrets, the API behind an HTTPS load balancer and the workers on Fargate. Instantiated once per stage
/// with nothing shared, so staging can be broken or deleted without touching production.
/// </summary>
public sealed class ScriptToMovieStack : Stack
{
    public const string DatabaseName = "script_to_movie";
    public const string DatabaseUser = "s2m";
    public const int AppPort = 8000;

    public Bucket Media { get; }
    public Role TaskRole { get; }

    public ScriptToMovieStack(Construct scope, string id, StageSettings stage, IStackProps props) : base(scope, id, props)
    {
        var prefix = $"script-to-movie-{stage.Name}";
        var vpc = new Vpc(this, "Network", new VpcProps
        {
            MaxAzs = 2,
            NatGateways = stage.NatGateways,
            SubnetConfiguration =
            [
                new SubnetConfiguration { Name = "public", SubnetType = SubnetType.PUBLIC, CidrMask = 24 },
                new SubnetConfiguration { Name = "app", SubnetType = SubnetType.PRIVATE_WITH_EGRESS, CidrMask = 22 },
                new SubnetConfiguration { Name = "data", SubnetType = SubnetType.PRIVATE_ISOLATED, CidrMask = 24 },
            ],
        });

        // Media: private, encrypted, TLS only. Presigned URLs reach the browser; nothing is ever public.
        Media = new Bucket(this, "Media", new BucketProps
        {
            BlockPublicAccess = BlockPublicAccess.BLOCK_ALL,
            Encryption = BucketEncryption.S3_MANAGED,
            EnforceSSL = true,
            Versioned = false,
            RemovalPolicy = RemovalPolicy.RETAIN,
            LifecycleRules =
            [
                // /readyz and ./s2m doctor write a small file and delete it; one left by a killed probe goes after a
                // day, and so do half-finished multipart uploads.
                new Amazon.CDK.AWS.S3.LifecycleRule { Id = "readiness-probes", Prefix = "projects/readyz/", Expiration = Duration.Days(1) },
                new Amazon.CDK.AWS.S3.LifecycleRule { Id = "doctor-probes", Prefix = "projects/doctor/", Expiration = Duration.Days(1) },
                new Amazon.CDK.AWS.S3.LifecycleRule { Id = "abandoned-uploads", AbortIncompleteMultipartUploadAfter = Duration.Days(1) },
            ],
        });

        var repository = new Repository(this, "Images", new RepositoryProps
        {
            RepositoryName = prefix,
            ImageScanOnPush = true,
            RemovalPolicy = RemovalPolicy.RETAIN,
            LifecycleRules = [new Amazon.CDK.AWS.ECR.LifecycleRule { MaxImageCount = 30, Description = "keep the last 30 images" }],
        });

        // MySQL with require_secure_transport: a client without TLS is refused by the server itself.
        var parameters = new ParameterGroup(this, "DatabaseParameters", new ParameterGroupProps
        {
            Engine = DatabaseInstanceEngine.Mysql(new MySqlInstanceEngineProps { Version = MysqlEngineVersion.VER_8_0 }),
            Description = $"Script-to-Movie {stage.Name}: TLS required, utf8mb4",
            Parameters = new Dictionary<string, string>
            {
                ["require_secure_transport"] = "ON",
                ["character_set_server"] = "utf8mb4",
                ["collation_server"] = "utf8mb4_unicode_ci",
            },
        });
        var database = new DatabaseInstance(this, "Database", new DatabaseInstanceProps
        {
            Engine = DatabaseInstanceEngine.Mysql(new MySqlInstanceEngineProps { Version = MysqlEngineVersion.VER_8_0 }),
            InstanceType = Amazon.CDK.AWS.EC2.InstanceType.Of(InstanceClass.BURSTABLE4_GRAVITON, stage.IsProduction ? InstanceSize.SMALL : InstanceSize.MICRO),
            Vpc = vpc,
            VpcSubnets = new SubnetSelection { SubnetType = SubnetType.PRIVATE_ISOLATED },
            Credentials = Credentials.FromGeneratedSecret(DatabaseUser, new CredentialsBaseOptions
            {
                SecretName = $"{prefix}/database",
                // The password travels in a URL-free setting (DATABASE_PASSWORD), but keep it shell- and URL-safe anyway.
                ExcludeCharacters = " %+~`#$&*()|[]{}:;<>?!'/@\"\\",
            }),
            DatabaseName = DatabaseName,
            ParameterGroup = parameters,
            MultiAz = stage.IsProduction,
            AllocatedStorage = 20,
            MaxAllocatedStorage = stage.IsProduction ? 200 : 50,
            StorageEncrypted = true,
            BackupRetention = Duration.Days(stage.IsProduction ? 14 : 1),
            DeletionProtection = stage.IsProduction,
            RemovalPolicy = stage.IsProduction ? RemovalPolicy.SNAPSHOT : RemovalPolicy.DESTROY,
        });

        var redisGroup = new SecurityGroup(this, "RedisAccess", new SecurityGroupProps { Vpc = vpc, Description = "Redis: reachable from the app's tasks only", AllowAllOutbound = false });
        var redisSubnets = new CfnSubnetGroup(this, "RedisSubnets", new CfnSubnetGroupProps
        {
            Description = $"Script-to-Movie {stage.Name} Redis",
            SubnetIds = vpc.SelectSubnets(new SubnetSelection { SubnetType = SubnetType.PRIVATE_ISOLATED }).SubnetIds,
        });
        var redis = new CfnCacheCluster(this, "Redis", new CfnCacheClusterProps
        {
            Engine = "redis",
            CacheNodeType = stage.IsProduction ? "cache.t4g.small" : "cache.t4g.micro",
            NumCacheNodes = 1,
            CacheSubnetGroupName = redisSubnets.Ref,
            VpcSecurityGroupIds = [redisGroup.SecurityGroupId],
        });

        // JWT_SECRET is generated; the provider keys start empty and are filled in by hand (docs/deploy/aws.md).
        var appSecrets = new Secret(this, "AppSecrets", new SecretProps
        {
            SecretName = $"{prefix}/app",
            Description = $"Script-to-Movie {stage.Name}: JWT_SECRET and the provider keys",
            GenerateSecretString = new SecretStringGenerator
            {
                SecretStringTemplate = "{\"KLING_API_KEY\":\"\",\"KLING_SECRET_KEY\":\"\",\"ANTHROPIC_API_KEY\":\"\"}",
                GenerateStringKey = "JWT_SECRET",
                PasswordLength = 64,
                ExcludePunctuation = true,
            },
        });

        // The tasks' own role: its bucket and nothing else. Pulling images, reading secrets and writing logs belong
        // to the execution role, which CDK grants as each is used.
        TaskRole = new Role(this, "TaskRole", new RoleProps
        {
            AssumedBy = new ServicePrincipal("ecs-tasks.amazonaws.com"),
            Description = $"Script-to-Movie {stage.Name} API and workers: read and write the media bucket only",
        });
        Media.GrantReadWrite(TaskRole);
        Media.GrantDelete(TaskRole);

        var cluster = new Cluster(this, "Cluster", new ClusterProps { Vpc = vpc, ContainerInsights = true });
        var image = ContainerImage.FromEcrRepository(repository, stage.ImageTag);
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = stage.IsProduction ? "Production" : "Staging",
            ["DATABASE_URL"] = $"mysql://{DatabaseUser}@{database.DbInstanceEndpointAddress}:{database.DbInstanceEndpointPort}/{DatabaseName}",
            ["DATABASE_SSL_MODE"] = "required",
            ["REDIS_URL"] = $"redis://{redis.AttrRedisEndpointAddress}:{redis.AttrRedisEndpointPort}/0",
            ["STORAGE"] = "s3",
            ["S3_BUCKET"] = Media.BucketName,
            ["AWS_REGION"] = Region,
            ["CORS_ORIGINS"] = $"https://{stage.Domain}",
            // The load balancer sits in this network; its X-Forwarded-For/-Proto are the only ones believed.
            ["TRUSTED_PROXIES"] = vpc.VpcCidrBlock,
            ["LOG_FORMAT"] = "json",
        };
        foreach (var (key, value) in stage.Providers ?? new Dictionary<string, string>()) environment[key] = value;
        var secrets = new Dictionary<string, EcsSecret>
        {
            ["DATABASE_PASSWORD"] = EcsSecret.FromSecretsManager(database.Secret!, "password"),
            ["JWT_SECRET"] = EcsSecret.FromSecretsManager(appSecrets, "JWT_SECRET"),
            ["KLING_API_KEY"] = EcsSecret.FromSecretsManager(appSecrets, "KLING_API_KEY"),
            ["KLING_SECRET_KEY"] = EcsSecret.FromSecretsManager(appSecrets, "KLING_SECRET_KEY"),
            ["ANTHROPIC_API_KEY"] = EcsSecret.FromSecretsManager(appSecrets, "ANTHROPIC_API_KEY"),
        };

        var api = new ApplicationLoadBalancedFargateService(this, "Api", new ApplicationLoadBalancedFargateServiceProps
        {
            Cluster = cluster,
            DesiredCount = stage.ApiTasks,
            Cpu = 1024,
            MemoryLimitMiB = 2048,
            TaskSubnets = new SubnetSelection { SubnetType = SubnetType.PRIVATE_WITH_EGRESS },
            PublicLoadBalancer = true,
            Protocol = ApplicationProtocol.HTTPS,
            Certificate = Certificate.FromCertificateArn(this, "Certificate", stage.CertificateArn),
            SslPolicy = SslPolicy.RECOMMENDED_TLS,
            RedirectHTTP = true,
            // Progress reaches the browser as server-sent events: a long idle timeout keeps the stream open.
            IdleTimeout = Duration.Seconds(StageSettings.IdleTimeoutSeconds),
            CircuitBreaker = new DeploymentCircuitBreaker { Rollback = true },
            TaskImageOptions = new ApplicationLoadBalancedTaskImageOptions
            {
                Image = image,
                ContainerName = "api",
                ContainerPort = AppPort,
                Command = ["serve", "--urls", $"http://0.0.0.0:{AppPort}", "--no-worker"],
                TaskRole = TaskRole,
                Environment = environment,
                Secrets = secrets,
                LogDriver = LogDriver.AwsLogs(new AwsLogDriverProps { StreamPrefix = "api", LogGroup = Logs("ApiLogs", $"/{prefix}/api", stage) }),
            },
        });
        api.TargetGroup.ConfigureHealthCheck(new Amazon.CDK.AWS.ElasticLoadBalancingV2.HealthCheck
        {
            Path = "/readyz",
            Interval = Duration.Seconds(15),
            HealthyThresholdCount = 2,
            UnhealthyThresholdCount = 4,
        });
        // A stopping task gets time to finish answering; SSE clients reconnect to another task.
        api.TargetGroup.SetAttribute("deregistration_delay.timeout_seconds", "30");

        var workerTask = new FargateTaskDefinition(this, "WorkerTask", new FargateTaskDefinitionProps
        {
            Cpu = 2048,
            MemoryLimitMiB = 4096,
            TaskRole = TaskRole,
            EphemeralStorageGiB = 40,
        });
        workerTask.AddContainer("worker", new ContainerDefinitionOptions
        {
            Image = image,
            Command = ["worker"],
            Environment = environment,
            Secrets = secrets,
            Logging = LogDriver.AwsLogs(new AwsLogDriverProps { StreamPrefix = "worker", LogGroup = Logs("WorkerLogs", $"/{prefix}/worker", stage) }),
            // The image's HEALTHCHECK asks the web server, which a worker does not run.
            HealthCheck = null,
        });
        var workers = new FargateService(this, "Workers", new FargateServiceProps
        {
            Cluster = cluster,
            TaskDefinition = workerTask,
            DesiredCount = stage.MinWorkers,
            VpcSubnets = new SubnetSelection { SubnetType = SubnetType.PRIVATE_WITH_EGRESS },
            CircuitBreaker = new DeploymentCircuitBreaker { Rollback = true },
        });
        // Clips and assembly are ffmpeg-bound: busy CPUs mean work waiting. A run killed with its worker resumes on another.
        var scaling = workers.AutoScaleTaskCount(new Amazon.CDK.AWS.ApplicationAutoScaling.EnableScalingProps { MinCapacity = stage.MinWorkers, MaxCapacity = stage.MaxWorkers });
        scaling.ScaleOnCpuUtilization("WorkersOnCpu", new CpuUtilizationScalingProps
        {
            TargetUtilizationPercent = 60,
            ScaleOutCooldown = Duration.Minutes(2),
            ScaleInCooldown = Duration.Minutes(10),
        });

        foreach (var service in new IConnectable[] { api.Service, workers })
        {
            database.Connections.AllowDefaultPortFrom(service, "MySQL from the app's tasks");
            redisGroup.AddIngressRule(service.Connections.SecurityGroups[0], Port.Tcp(6379), "Redis from the app's tasks");
        }

        new CfnOutput(this, "Url", new CfnOutputProps { Value = $"https://{stage.Domain}", Description = "Where the app answers once DNS points at the load balancer" });
        new CfnOutput(this, "LoadBalancerDns", new CfnOutputProps { Value = api.LoadBalancer.LoadBalancerDnsName, Description = "Point the domain's CNAME (or alias) here" });
        new CfnOutput(this, "ImageRepository", new CfnOutputProps { Value = repository.RepositoryUri, Description = "docker push the app's image here" });
        new CfnOutput(this, "MediaBucket", new CfnOutputProps { Value = Media.BucketName });
        new CfnOutput(this, "AppSecretsName", new CfnOutputProps { Value = appSecrets.SecretName, Description = "Put the Kling and Anthropic keys in this secret" });
        new CfnOutput(this, "ClusterName", new CfnOutputProps { Value = cluster.ClusterName });
        new CfnOutput(this, "ApiServiceName", new CfnOutputProps { Value = api.Service.ServiceName });
        // What `aws ecs run-task` needs to run ./s2m doctor as a one-off task beside the API (docs/deploy/aws.md).
        new CfnOutput(this, "ApiTaskDefinition", new CfnOutputProps { Value = api.TaskDefinition.TaskDefinitionArn });
        new CfnOutput(this, "AppSubnets", new CfnOutputProps { Value = Fn.Join(",", vpc.SelectSubnets(new SubnetSelection { SubnetType = SubnetType.PRIVATE_WITH_EGRESS }).SubnetIds) });
        new CfnOutput(this, "ApiSecurityGroup", new CfnOutputProps { Value = api.Service.Connections.SecurityGroups[0].SecurityGroupId });
    }

    private LogGroup Logs(string id, string name, StageSettings stage) => new(this, id, new LogGroupProps
    {
        LogGroupName = name,
        Retention = stage.IsProduction ? RetentionDays.THREE_MONTHS : RetentionDays.TWO_WEEKS,
        RemovalPolicy = stage.IsProduction ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
}
