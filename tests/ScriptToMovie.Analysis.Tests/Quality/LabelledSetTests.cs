using Xunit.Abstractions;

namespace ScriptToMovie.Analysis.Tests.Quality;

/// <summary>The offline analyser against the hand-labelled set (docs/quality.md has the figures).</summary>
public class LabelledSetTests(ITestOutputHelper output)
{
    [Fact]
    public void The_offline_analyser_gets_every_labelled_sex_and_age_right_and_nine_in_ten_traits_and_key_objects()
    {
        var set = LabelledSet.Load();
        var scripts = set.Scripts.ToDictionary(s => s, s => Screenplays.Breakdown(Screenplays.Read(s)));
        var words = scripts.ToDictionary(p => p.Key, p => RuleBasedAnalysis.Describe(p.Value));

        var score = LookScorer.Score(set, s => words[s].Characters,
            // What reaches the frame is the parser's key object; the setting's description names it too.
            (s, setting) => scripts[s].Settings.FirstOrDefault(g => g.Name == setting)?.KeyObject);

        output.WriteLine(score.ToString());
        foreach (var miss in score.Misses) output.WriteLine(miss);
        Assert.True(score.Sex == score.SexOf && score.Child == score.ChildOf, $"{score}\n{string.Join("\n", score.Misses)}");
        Assert.True(score.TraitShare >= 0.9 && score.KeyShare >= 0.9, $"{score}\n{string.Join("\n", score.Misses)}");
    }
}
