using ScriptToMovie.App.Integrations;
using ScriptToMovie.App.Settings;

namespace ScriptToMovie.App.Tests.Integrations;

public class SignedMediaLinkTests
{
    private sealed class Clock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;
        public override DateTimeOffset GetUtcNow() => Now;
    }

    private static (SignedLocalMediaLinks Links, Clock Clock) Make(string secret = "a-test-secret-of-enough-length")
    {
        var clock = new Clock(new DateTimeOffset(2026, 12, 3, 12, 0, 0, TimeSpan.Zero));
        var settings = new AppSettings { JwtSecret = secret, DataDirectory = Path.GetTempPath() };
        return (new SignedLocalMediaLinks(settings, clock), clock);
    }

    private static (string Key, string Expires, string Signature) Parse(string url)
    {
        var uri = new Uri("http://x" + url);
        var q = System.Web.HttpUtility.ParseQueryString(uri.Query);
        return (Uri.UnescapeDataString(uri.AbsolutePath[SignedLocalMediaLinks.RoutePrefix.Length..]), q["expires"]!, q["signature"]!);
    }

    [Fact]
    public void A_link_works_until_it_expires_and_then_says_so()
    {
        var (links, clock) = Make();
        var link = links.For("7/movie/movie.mp4", TimeSpan.FromMinutes(60));
        var (key, expires, signature) = Parse(link.Url);
        Assert.Equal(clock.Now.AddMinutes(60).UtcDateTime, link.ExpiresAt);

        Assert.Equal(LinkVerdict.Valid, links.Check(key, expires, signature));
        clock.Now = clock.Now.AddMinutes(61);
        Assert.Equal(LinkVerdict.Expired, links.Check(key, expires, signature));
    }

    [Fact]
    public void A_link_cannot_be_moved_to_another_file_nor_have_its_expiry_stretched_nor_be_signed_by_another_server()
    {
        var (links, _) = Make();
        var (key, expires, signature) = Parse(links.For("7/movie/movie.mp4", TimeSpan.FromMinutes(5)).Url);

        Assert.Equal(LinkVerdict.Invalid, links.Check("8/movie/movie.mp4", expires, signature));
        Assert.Equal(LinkVerdict.Invalid, links.Check(key, (long.Parse(expires) + 3600).ToString(), signature));
        Assert.Equal(LinkVerdict.Invalid, links.Check(key, expires, null));
        var (other, _) = Make("another-servers-secret-entirely");
        Assert.Equal(LinkVerdict.Invalid, other.Check(key, expires, signature));
    }
}
