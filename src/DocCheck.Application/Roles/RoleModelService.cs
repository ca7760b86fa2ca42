using DocCheck.Extraction.Quantities.Roles;

namespace DocCheck.Application.Roles;

/// <summary>The labelled quantities (corpus/labels/quantity-roles.csv) joined with the documents they name, for training and evaluating the role model (DocCheck.Training).</summary>
public static class RoleModelService
{
    /// <summary>The labels file's repository: labels live in corpus/labels/ of the checkout.</summary>
    private static string RepoRootOf(string labels) =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(labels))!, "..", ".."));

    /// <summary>The corpus-ext folder the labels' documents are read from: <paramref name="corpusExt"/>, else ../shared/corpus-ext beside the checkout.</summary>
    public static string CorpusExtFor(string labels, string? corpusExt) => corpusExt ?? Path.Combine(RepoRootOf(labels), "..", "shared", "corpus-ext");

    /// <summary>
    /// Loads the labelled quantities: the seeds from the repository, the rest from <paramref name="corpusExt"/> (default
    /// ../shared/corpus-ext beside the checkout). A missing or unreadable labels file is a <see cref="UsageException"/>.
    /// </summary>
    public static RoleDataLoad LoadData(string labels, string? corpusExt)
    {
        if (!File.Exists(labels)) throw new UsageException($"{labels}: không có tệp nhãn / labels file not found");
        string root = RepoRootOf(labels);
        string ext = CorpusExtFor(labels, corpusExt);
        RoleDataset data;
        try
        {
            data = RoleDataset.Load(labels, root, Directory.Exists(ext) ? ext : null);
        }
        catch (Exception e) when (e is FormatException or CsvHelper.CsvHelperException or IOException)
        {
            throw new UsageException($"{labels}: {e.Message}", e);
        }
        var warnings = new List<string>();
        if (!Directory.Exists(ext) && data.MissingDocuments.Count > 0)
            warnings.Add($"{ext}: không có; chỉ dùng nhãn của các văn bản mẫu / not found: {data.MissingDocuments.Count} labelled documents skipped, only the bundled seeds' labels are used");
        else
        {
            foreach (var m in data.MissingDocuments.Take(5)) warnings.Add($"thiếu văn bản / document not found: {m}");
            if (data.MissingDocuments.Count > 5) warnings.Add($"… {data.MissingDocuments.Count - 5} more");
        }
        foreach (var u in data.Unmatched.Take(10)) warnings.Add($"nhãn không khớp / label not matched: {u}");
        if (data.Unmatched.Count > 10) warnings.Add($"… {data.Unmatched.Count - 10} more");
        return new RoleDataLoad(data, warnings);
    }
}
