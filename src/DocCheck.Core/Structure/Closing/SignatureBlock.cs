namespace DocCheck.Structure;

/// <summary>
/// The signature block: the authority prefix (TM., KT., TL., TUQ., Q.) and on whose behalf, the signer's
/// position and name. Any part may be absent (a draft may have no name yet).
/// </summary>
public sealed record SignatureBlock(TextField Field, string? Mode, string? OnBehalfOf, string? Position, TextField? Signer);
