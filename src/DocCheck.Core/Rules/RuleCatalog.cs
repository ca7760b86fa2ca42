namespace DocCheck.Rules;

/// <summary>
/// Every rule DocCheck has, in ID order: each class of this assembly that implements <see cref="IRule"/> and has a
/// public parameterless constructor. IDs are never reused.
/// </summary>
public static partial class RuleCatalog
{
    /// <summary>All rules.</summary>
    public static IReadOnlyList<IRule> All { get; } = CreateRules().OrderBy(r => r.Descriptor.Id, StringComparer.Ordinal).ToArray();

    /// <summary>The descriptors, in ID order.</summary>
    public static IReadOnlyList<RuleDescriptor> Descriptors { get; } = All.Select(r => r.Descriptor).ToArray();

    /// <summary>True when <paramref name="id"/> names a rule.</summary>
    public static bool Exists(string id) => Descriptors.Any(d => d.Id == id);

    /// <summary>The descriptor with this ID, or null.</summary>
    public static RuleDescriptor? Find(string id) => Descriptors.FirstOrDefault(d => d.Id == id);

    // One `new` per rule class, written at compile time by src/DocCheck.Generators (RuleCatalogGenerator): a rule is
    // registered by existing, and since the list is code, not a reflection scan, trimming and Native AOT keep it.
    // The generator writes it in ID order already; the sort above is what callers rely on.
    private static partial IRule[] CreateRules();
}
