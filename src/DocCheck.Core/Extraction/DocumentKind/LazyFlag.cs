namespace DocCheck.Extraction.DocumentKind;

/// <summary>
/// A yes/no fact decided on first read: facts only rules ask for must not cost <c>parse</c> or <c>extract</c>
/// anything. Safe across threads without a lock because the decision is pure: two threads that race both decide
/// alike, and an int is written whole.
/// </summary>
internal struct LazyFlag
{
    private const int Unknown = 0, No = 1, Yes = 2;
    private int _state;

    /// <summary>The fact, decided by <paramref name="decide"/> over <paramref name="input"/> the first time.</summary>
    public bool Get<T>(T input, Func<T, bool> decide)
    {
        int s = Volatile.Read(ref _state);
        if (s == Unknown)
        {
            s = decide(input) ? Yes : No;
            Volatile.Write(ref _state, s);
        }
        return s == Yes;
    }
}
