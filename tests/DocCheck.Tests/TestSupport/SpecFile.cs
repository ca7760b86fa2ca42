namespace DocCheck.Tests.TestSupport;

/// <summary>
/// A spec file of cases: "### name", input lines, a "." line, expected lines. Lines starting with "#" (not "###")
/// outside a case are comments. Cases are data a reviewer can read; one theory runs them all.
/// </summary>
public static class SpecFile
{
    public sealed record Case(string File, string Name, string Input, IReadOnlyList<string> Expected)
    {
        public override string ToString() => $"{File}: {Name}";
    }

    public static IReadOnlyList<Case> Load(string relativePath)
    {
        string path = Path.Combine(AppContext.BaseDirectory, relativePath);
        var cases = new List<Case>();
        string? name = null;
        var input = new List<string>();
        var expected = new List<string>();
        bool inExpected = false;
        void Flush()
        {
            if (name is not null) cases.Add(new Case(Path.GetFileName(path), name, string.Join("\n", input), expected.ToList()));
            input.Clear(); expected.Clear(); inExpected = false;
        }
        foreach (string raw in File.ReadAllLines(path))
        {
            if (raw.StartsWith("### ", StringComparison.Ordinal)) { Flush(); name = raw[4..].Trim(); continue; }
            if (name is null) continue;
            if (!inExpected && raw == ".") { inExpected = true; continue; }
            if (inExpected) { if (raw.Trim().Length > 0) expected.Add(raw.Trim()); }
            else input.Add(raw);
        }
        Flush();
        return cases;
    }
}
