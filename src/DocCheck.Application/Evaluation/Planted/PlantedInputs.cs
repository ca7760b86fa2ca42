namespace DocCheck.Application.Evaluation.Planted;

/// <summary>The documents of the evaluation: the seeds (every .txt of a folder) and a list of plans.</summary>
public static class PlantedInputs
{
    /// <summary>The .txt files directly in <paramref name="folder"/>, by name.</summary>
    public static List<PlantedDefects.Input> Seeds(string folder) =>
        Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal)
            .Select(f => new PlantedDefects.Input(f, Path.GetFileName(f), "seeds")).ToList();

    /// <summary>
    /// The plans a list names: one path a line, or a TSV whose first column is the path (a first row "path" is a
    /// header); blank lines and lines starting with '#' are skipped. Relative paths are under <paramref name="root"/>.
    /// Paths that name no file are returned in <paramref name="missing"/>.
    /// </summary>
    public static List<PlantedDefects.Input> Plans(string listFile, string root, string group, out List<string> missing)
    {
        var inputs = new List<PlantedDefects.Input>();
        missing = [];
        foreach (string raw in File.ReadLines(listFile))
        {
            string line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            string path = line.Split('\t')[0].Trim();
            if (path == "path" && inputs.Count == 0 && missing.Count == 0) continue;
            string full = Path.IsPathRooted(path) ? path : Path.Combine(root, path);
            if (File.Exists(full)) inputs.Add(new PlantedDefects.Input(full, path, group));
            else missing.Add(path);
        }
        return inputs;
    }
}
