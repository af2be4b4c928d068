using ScriptToMovie.App.Problems;

namespace ScriptToMovie.App.Pipeline;

/// <summary>A run's budget (maxCostUsd): a real number of dollars, 0 to 10,000.</summary>
public static class BudgetRange
{
    public const double MaxUsd = 10_000;

    public static double? Check(double? usd)
    {
        // 1e400 arrives as infinity and NaN as itself: neither compares as out of range, so they are named first.
        if (usd is { } v && (!double.IsFinite(v) || v < 0 || v > MaxUsd))
            throw ApiProblem.BadRequest("The budget must be an amount of US dollars from 0 to 10,000.");
        return usd;
    }
}
