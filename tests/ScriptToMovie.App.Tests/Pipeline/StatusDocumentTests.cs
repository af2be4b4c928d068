using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ScriptToMovie.App.Data;
using ScriptToMovie.App.Pipeline;
using ScriptToMovie.App.Problems;
using ScriptToMovie.App.Tests.Infrastructure;

namespace ScriptToMovie.App.Tests.Pipeline;

/// <summary>The status read and the event stream serve one shared, change-stamped document per project.</summary>
[Trait("Category", "Api")]
public class StatusDocumentTests : IClassFixture<AppFactory>
{
    private readonly AppFactory _app;
    public StatusDocumentTests(AppFactory app) => _app = app;

    [Fact]
    public async Task Fifty_simultaneous_readers_share_one_document_and_a_start_makes_a_new_one()
    {
        // A document's age never forces a rebuild here, so only a change can.
        using var app = AppFactory.With(new Dictionary<string, string?> { ["PIPELINE_EVENTS_POLL_SECONDS"] = "600" });
        var client = await app.SignedInClientAsync();
        var id = await client.CreateProjectAsync("Shared status");
        var documents = app.Services.GetRequiredService<RunStatusDocuments>();
        int owner;
        using (var scope = app.Services.CreateScope())
            owner = await scope.ServiceProvider.GetRequiredService<AppDb>().Projects.Where(p => p.Id == id).Select(p => p.UserId).FirstAsync();

        async Task<StatusDocument> ReadAsync(int user)
        {
            using var scope = app.Services.CreateScope();
            return await documents.ForOwnerAsync(scope.ServiceProvider.GetRequiredService<AppDb>(), id, user, CancellationToken.None);
        }

        var reads = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(() => ReadAsync(owner))));
        Assert.Single(reads.Distinct(ReferenceEqualityComparer.Instance));
        Assert.Equal("draft", reads[0].Status.Status);
        // The HTTP read serves that document's JSON as it is.
        var served = await client.GetAsync($"/api/workflow/{id}/status");
        Assert.Equal("application/json", served.Content.Headers.ContentType?.MediaType);
        Assert.Equal("draft", (await served.ReadJsonAsync()).GetProperty("status").GetString());

        // Someone else's project stays a 404, cached or not.
        var stranger = await Assert.ThrowsAsync<ApiProblem>(() => ReadAsync(owner + 1000));
        Assert.Equal(404, stranger.Status);

        await client.StartAsync($"/api/phases/script-to-trailer/{id}/parse");
        var after = await ReadAsync(owner);
        Assert.NotSame(reads[0], after);
        Assert.True(after.Status.Status is "queued" or "running" or "completed", after.Json);
    }

    [Fact]
    public async Task A_hundred_event_stream_listeners_each_hear_a_change_to_the_run()
    {
        var client = await _app.SignedInClientAsync();
        var id = await client.CreateProjectAsync("Many listeners");
        using var stop = new CancellationTokenSource();
        var heard = new TaskCompletionSource[100];
        var first = new TaskCompletionSource[100];
        var listeners = Enumerable.Range(0, 100).Select(l => Task.Run(async () =>
        {
            heard[l] = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            first[l] = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            try
            {
                using var stream = await client.GetStreamAsync($"/api/projects/{id}/events", stop.Token);
                using var reader = new StreamReader(stream);
                while (await reader.ReadLineAsync(stop.Token) is { } line)
                {
                    if (!line.StartsWith("data: ")) continue;
                    first[l].TrySetResult();
                    if (line.Contains("\"status\":\"completed\"")) heard[l].TrySetResult();
                }
            }
            catch (OperationCanceledException) { }
        })).ToList();
        await TestTime.UntilAsync(() => first.All(f => f?.Task.IsCompleted == true), 60, () => "every listener's first event");

        await client.StartAsync($"/api/phases/script-to-trailer/{id}/parse");
        await client.WaitForRunAsync(id);
        await TestTime.UntilAsync(() => heard.All(h => h.Task.IsCompleted), 30,
            () => $"the completed run at every listener ({heard.Count(h => h.Task.IsCompleted)} of 100)");
        await stop.CancelAsync();
        await Task.WhenAll(listeners);
    }
}
