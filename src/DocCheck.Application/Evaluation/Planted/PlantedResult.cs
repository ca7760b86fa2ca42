using DocCheck.Rules;

namespace DocCheck.Application.Evaluation.Planted;

/// <summary>What the planted-defect evaluation found: every planted defect, the kinds a document had no place for, the files not read.</summary>
public sealed record PlantedResult(PlantingOptions Options, IReadOnlyList<(string Group, int Documents)> Groups, IReadOnlyList<PlantedOutcome> Outcomes,
    IReadOnlyList<NoPlace> NoPlaces, IReadOnlyList<Unreadable> Unreadable)
{
    /// <summary>Planted and caught for one group (null: all) and kind (null: all).</summary>
    public Tally Count(string? group, DefectKind? kind)
    {
        var o = Outcomes.Where(x => (group is null || x.Group == group) && (kind is null || x.Kind == kind)).ToList();
        var levels = o.Where(x => x.Caught && x.Level is not null).Select(x => x.Level!.Value).Distinct().OrderByDescending(l => l).ToList();
        int noPlace = NoPlaces.Count(x => (group is null || x.Group == group) && (kind is null || x.Kind == kind));
        return new Tally(o.Count, o.Count(x => x.Caught), levels, noPlace);
    }

    /// <summary>The misses, in input order.</summary>
    public IEnumerable<PlantedOutcome> Misses => Outcomes.Where(o => !o.Caught);
}
