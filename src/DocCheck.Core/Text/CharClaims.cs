namespace DocCheck.Text;

/// <summary>
/// Which characters of one block an extractor has already claimed. Checking or claiming a match costs only its own
/// length, so a block holding thousands of values stays linear (a list of taken spans scanned per match was quadratic).
/// </summary>
internal sealed class CharClaims(int blockLength)
{
    private bool[]? _taken;

    /// <summary>True when no character of [start, start+length) is claimed yet.</summary>
    public bool IsFree(int start, int length) => _taken is null || Array.IndexOf(_taken, true, start, length) < 0;

    /// <summary>Claims [start, start+length).</summary>
    public void Claim(int start, int length)
    {
        _taken ??= new bool[blockLength];
        Array.Fill(_taken, true, start, length);
    }
}
