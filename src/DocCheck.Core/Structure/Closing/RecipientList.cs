namespace DocCheck.Structure;

/// <summary>The "Nơi nhận:" list.</summary>
public sealed record RecipientList(TextField Heading, IReadOnlyList<TextField> Recipients);
