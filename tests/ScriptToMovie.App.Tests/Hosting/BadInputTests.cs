using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using ScriptToMovie.App.Tests.Infrastructure;

namespace ScriptToMovie.App.Tests.Hosting;

/// <summary>Malformed bodies and wrong content types answer 400/415 with a sentence, never 404 or 500.</summary>
[Trait("Category", "Api")]
public class BadInputTests : IClassFixture<BadInputTests.WithWebUi>
{
    /// <summary>With a built web UI, as ./s2m serve runs, so its deep-link fallback is in the routing table.</summary>
    public sealed class WithWebUi : AppFactory
    {
        public WithWebUi()
        {
            var dist = Directory.CreateDirectory(Path.Combine(DataDirectory, "dist")).FullName;
            File.WriteAllText(Path.Combine(dist, "index.html"), "<!doctype html><title>app</title>");
            Settings["WEB_DIST"] = dist;
        }
    }

    private readonly WithWebUi _app;
    public BadInputTests(WithWebUi app) => _app = app;

    [Theory]
    [InlineData("/api/projects")]
    [InlineData("/api/screenplays/parse")]
    public async Task A_multipart_body_without_a_boundary_is_a_400_with_a_sentence(string url)
    {
        var client = await _app.SignedInClientAsync();
        var content = new ByteArrayContent("--x\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nA\r\n--x--\r\n"u8.ToArray());
        content.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data");
        Assert.Contains("upload", await (await client.PostAsync(url, content)).AssertProblemAsync(400), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_multipart_part_with_a_broken_content_disposition_is_a_400_with_a_sentence()
    {
        var client = await _app.SignedInClientAsync();
        var body = "--b0undary\r\nContent-Disposition: ;;;\"\r\n\r\nA\r\n--b0undary--\r\n";
        var content = new StringContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=b0undary");
        Assert.Contains("upload", await (await client.PostAsync("/api/projects", content)).AssertProblemAsync(400), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_multipart_body_with_more_than_1024_fields_is_a_400_with_a_sentence()
    {
        var client = await _app.SignedInClientAsync();
        var form = new MultipartFormDataContent();
        for (var i = 0; i < 1100; i++) form.Add(new StringContent("x"), $"f{i}");
        Assert.Contains("fields", await (await client.PostAsync("/api/projects", form)).AssertProblemAsync(400));
    }

    [Fact]
    public async Task A_form_encoded_project_is_a_415_that_names_the_accepted_types()
    {
        var client = await _app.SignedInClientAsync();
        var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["title"] = "T", ["scriptContent"] = Samples.CoffeeShop });
        var r = await client.PostAsync("/api/projects", content);
        Assert.Contains("JSON", await r.AssertProblemAsync(415));
        Assert.Equal(0, (await client.GetJsonAsync("/api/projects")).GetArrayLength());
    }

    [Theory]
    [InlineData("1e400")]
    [InlineData("10000.01")]
    [InlineData("-1")]
    public async Task A_budget_outside_0_to_10000_dollars_is_refused_with_a_sentence(string budget)
    {
        var client = await _app.SignedInClientAsync();
        var id = await client.CreateProjectAsync();
        var r = await client.PostAsync($"/api/workflow/{id}/start", new StringContent($"{{\"maxCostUsd\": {budget}}}", Encoding.UTF8, "application/json"));
        Assert.Equal("The budget must be an amount of US dollars from 0 to 10,000.", await r.AssertProblemAsync(400));
        Assert.Equal("draft", (await client.GetJsonAsync($"/api/projects/{id}")).GetProperty("status").GetString());
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task The_generated_jwt_secret_is_readable_by_its_owner_only()
    {
        await _app.CreateClient().GetAsync("/api/auth/me");
        var mode = File.GetUnixFileMode(Path.Combine(_app.DataDirectory, "jwt-secret"));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, mode);
    }
}
