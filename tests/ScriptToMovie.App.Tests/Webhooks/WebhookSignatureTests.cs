using System.Text;
using ScriptToMovie.App.Webhooks;

namespace ScriptToMovie.App.Tests.Webhooks;

public class WebhookSignatureTests
{
    private const string Secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private const string Id = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private const long Timestamp = 1614265330;
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("{\"test\": 2432232314}");

    [Fact]
    public void The_standard_webhooks_published_test_vector_signs_as_published()
    {
        Assert.Equal("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", WebhookSignature.Sign(Secret, Id, Timestamp, Body));
    }

    [Fact]
    public void During_rotation_either_secret_verifies_and_a_changed_body_id_or_timestamp_does_not()
    {
        var next = WebhookSignature.NewSecret();
        var header = WebhookSignature.Header([next, Secret], Id, Timestamp, Body);

        Assert.True(WebhookSignature.Verify(Secret, Id, Timestamp, Body, header));
        Assert.True(WebhookSignature.Verify(next, Id, Timestamp, Body, header));
        Assert.False(WebhookSignature.Verify(Secret, Id, Timestamp, Encoding.UTF8.GetBytes("{\"test\": 2432232315}"), header));
        Assert.False(WebhookSignature.Verify(Secret, Id + "x", Timestamp, Body, header));
        Assert.False(WebhookSignature.Verify(Secret, Id, Timestamp + 1, Body, header));
    }

    [Fact]
    public void A_new_secret_is_whsec_and_32_random_bytes()
    {
        var secret = WebhookSignature.NewSecret();
        Assert.StartsWith("whsec_", secret);
        Assert.Equal(32, Convert.FromBase64String(secret["whsec_".Length..]).Length);
        Assert.NotEqual(secret, WebhookSignature.NewSecret());
    }
}
