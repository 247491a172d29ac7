using System.CommandLine;
using Shortfall.Analysis.Optimisation;

namespace Shortfall.Analysis.Commands;

/// <summary>--objective NAME, one of <see cref="Objectives.All"/>, shared by <c>optimise</c> and <c>run --posterior</c>; and the objective it
/// names for a scenario.</summary>
internal static class ObjectiveOption
{
    /// <summary>The option; <paramref name="what"/> says what the command does with it.</summary>
    public static Option<string?> Create(string what)
    {
        var objective = new Option<string?>("--objective")
        {
            Description = $"{what} (default: the headline metric): " + string.Join(", ", Objectives.All.Select(o =>
                $"{o.Name} ({(o.Minimise ? "min" : "max")})")) + ".",
            HelpName = "NAME",
        };
        objective.AcceptOnlyFromAmong(Objectives.All.Select(o => o.Name).ToArray());
        return objective;
    }

    /// <summary>The objective named <paramref name="name"/>, or the headline metric of a plant with <paramref name="destinations"/> destinations
    /// when null.</summary>
    /// <exception cref="UsageException">When the objective needs destinations and there are none.</exception>
    public static Objective Resolve(string? name, int destinations)
    {
        var goal = name is null ? Objectives.Default(destinations) : Objectives.Find(name)!;
        return goal.PerDestination && destinations == 0 ? throw new UsageException($"--objective {goal.Name} needs destinations, and the scenario has none.")
            : goal;
    }
}
