namespace DocCheck.Tests.TestSupport;

/// <summary>A fact that needs ../shared beside the repository; skipped (with the reason) where it is absent.</summary>
public sealed class SharedFactAttribute : FactAttribute
{
    public SharedFactAttribute()
    {
        if (RepoPaths.Shared is null) Skip = "../shared is not present on this machine";
    }
}
