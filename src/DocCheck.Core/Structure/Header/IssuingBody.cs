namespace DocCheck.Structure;

/// <summary>The issuing body at the top left: the superior body (if any) and the issuer itself.</summary>
public sealed record IssuingBody(TextField Field, string? Superior, string Issuer);
