namespace DocCheck.Application.Evaluation.Planted;

/// <summary>Finds the places of one kind of defect in a document and writes the defect there.</summary>
public interface IPlanter
{
    DefectKind Kind { get; }

    /// <summary>
    /// Every place the defect can go in <paramref name="site"/>'s document, in document order, each with its edits;
    /// <paramref name="random"/> (seeded per document and kind) picks the variant written at each. Empty when the document
    /// has no place for it (no header, no budget table).
    /// </summary>
    IEnumerable<PlantedDefect> Candidates(PlantingSite site, Random random);
}
