using ScriptToMovie.App.Cli;

return await CommandLine.RunAsync(args);

/// <summary>Entry point; public so integration tests can host the app through WebApplicationFactory.</summary>
public partial class Program;
