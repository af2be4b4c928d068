using System.CommandLine;

namespace ScriptToMovie.App.Cli;

/// <summary>./s2m smoke URL: <see cref="SmokeCheck"/> against a deployment; exit 1 when any check fails.</summary>
public static class SmokeCommand
{
    public static Command Create()
    {
        var url = new Argument<Uri>("url") { Description = "The deployment's address, e.g. https://staging.example.com" };
        var ca = new Option<FileInfo?>("--ca-cert") { Description = "Trust this PEM certificate for the deployment's TLS (a self-signed staging proxy)" };
        var timeout = new Option<int>("--timeout") { Description = "Seconds the whole pipeline may take", DefaultValueFactory = _ => 600 };
        var cmd = new Command("smoke", "Check a deployment end to end: a throwaway user runs a one-scene script through every phase, the movie downloads and plays, an error state shows its message, then everything is deleted")
        {
            url, ca, timeout,
        };
        cmd.SetAction(async (r, ct) =>
        {
            var target = r.GetValue(url)!;
            if (!target.IsAbsoluteUri || target.Scheme is not ("http" or "https"))
            {
                await Console.Error.WriteLineAsync($"The address must be an http or https URL such as https://staging.example.com; got '{target}'.");
                return 2;
            }
            var options = new SmokeOptions(r.GetValue(ca)?.FullName, TimeSpan.FromSeconds(r.GetValue(timeout)));
            var result = await SmokeCheck.RunAsync(target, options, Console.Out, ct);
            return result.Passed ? 0 : 1;
        });
        return cmd;
    }
}
