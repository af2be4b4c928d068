// A small house that breaks every rule once, on purpose: the rules must find each break here, or they would pass
// on the app without looking. Nothing else uses these types.
#pragma warning disable CA1822

namespace ScriptToMovie.Architecture.Tests.BrokenOnPurpose.Steps.Voices
{
    public sealed class VoicesStep
    {
        public int Speak() => new Hosting.Composition().Count + new Providers.Kling.KlingClient().Calls;
    }
}

namespace ScriptToMovie.Architecture.Tests.BrokenOnPurpose.Steps.Clips
{
    public sealed class ClipsStep
    {
        // A step reaching into another step's folder.
        public int Make() => new Voices.VoicesStep().Speak();
    }
}

namespace ScriptToMovie.Architecture.Tests.BrokenOnPurpose.Providers
{
    public interface IVideoProvider;
}

namespace ScriptToMovie.Architecture.Tests.BrokenOnPurpose.Providers.Kling
{
    public sealed class KlingClient : IVideoProvider
    {
        public int Calls => 1;
    }
}

namespace ScriptToMovie.Architecture.Tests.BrokenOnPurpose.Hosting
{
    public sealed class Composition
    {
        public int Count => new Accounts.Login().Attempts;
    }
}

namespace ScriptToMovie.Architecture.Tests.BrokenOnPurpose.Accounts
{
    public sealed class Login
    {
        // Accounts using the composition root that uses Accounts: a cycle.
        public int Attempts => typeof(Hosting.Composition).Name.Length;

        public void Shell() => System.Diagnostics.Process.Start("true");

        public object Queue() => typeof(Hangfire.BackgroundJob);

        public object Wrap() => CliWrap.Cli.Wrap("true");
    }
}

namespace ScriptToMovie.Architecture.Tests.BrokenOnPurpose.Library
{
    public sealed class Parser
    {
        public object Reach() => new Accounts.Login();
    }
}
