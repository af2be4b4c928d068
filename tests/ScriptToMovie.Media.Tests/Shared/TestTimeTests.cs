namespace ScriptToMovie.Media.Tests.Shared;

public class TestTimeTests
{
    [Theory]
    [InlineData(null, 1)]
    [InlineData("", 1)]
    [InlineData("3", 3)]
    [InlineData(" 2.5 ", 2.5)]
    [InlineData("0.5", 0.5)]
    public void An_unset_scale_is_one_and_a_positive_number_is_taken_as_it_is(string? raw, double expected)
    {
        Assert.Equal((expected, (string?)null), TestTime.Parse(raw));
    }

    [Theory]
    [InlineData("fast")]
    [InlineData("0")]
    [InlineData("-2")]
    [InlineData("2,5")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    public void A_bad_value_is_named_in_the_scale_error(string raw)
    {
        var (_, error) = TestTime.Parse(raw);

        Assert.Equal($"S2M_TEST_TIME_SCALE is \"{raw}\", but it must be a positive number such as 1 or 2.5: it multiplies every deadline the tests wait for.", error);
    }

    [Fact]
    public async Task Waiting_for_a_condition_that_never_holds_fails_with_what_was_awaited()
    {
        var error = await Assert.ThrowsAsync<TimeoutException>(() => TestTime.UntilAsync(() => false, 0.05, () => "the kettle to boil"));

        Assert.StartsWith("Waited ", error.Message);
        Assert.EndsWith("for the kettle to boil.", error.Message);
    }

    [Fact]
    public async Task Waiting_ends_as_soon_as_the_condition_holds()
    {
        var looks = 0;

        await TestTime.UntilAsync(() => ++looks == 3, 60, () => "the third look");

        Assert.Equal(3, looks);
    }
}
