namespace ScriptToMovie.App.Tests.Infrastructure;

/// <summary>Measured figures worth reporting (peaks, counts), appended to artifacts/test-results/figures.txt.</summary>
public static class Figures
{
    public static void Record(string line)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, "ScriptToMovie.slnx"))) continue;
            var folder = Path.Combine(dir.FullName, "artifacts", "test-results");
            Directory.CreateDirectory(folder);
            File.AppendAllText(Path.Combine(folder, "figures.txt"), $"{DateTime.UtcNow:u} {line}{Environment.NewLine}");
            return;
        }
    }
}
