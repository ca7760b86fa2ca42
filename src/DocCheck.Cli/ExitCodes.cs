namespace DocCheck.Cli;

/// <summary>The exit codes of doccheck (documented in README).</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int Findings = 1;
    public const int Usage = 2;
    public const int UnreadableInput = 3;
    public const int InternalError = 4;
}
