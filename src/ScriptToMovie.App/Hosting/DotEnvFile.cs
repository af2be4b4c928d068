namespace ScriptToMovie.App.Hosting;

/// <summary>Loads the seed's .env file into the environment without overriding real variables.</summary>
public static class DotEnvFile
{
    public static void LoadIfPresent(string directory)
    {
        var path = Path.Combine(directory, ".env");
        if (File.Exists(path))
            DotNetEnv.Env.Load(path, new DotNetEnv.LoadOptions(setEnvVars: true, clobberExistingVars: false, onlyExactPath: true));
    }
}
