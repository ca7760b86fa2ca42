namespace DocCheck.Extraction.Quantities.Roles;

/// <summary>Decides the role of a quantity from its cues; implementations are immutable and thread-safe.</summary>
public interface IRoleClassifier
{
    QuantityRole Classify(RoleCues cues);

    /// <summary>Names this classifier's decisions: two classifiers with one identity decide alike.</summary>
    string Identity => GetType().FullName!;
}
