using DocCheck.Reading;

namespace DocCheck.Application.Inputs;

/// <summary>Expands command-line paths into files: directories recurse to files a reader takes, in a stable order.</summary>
public static class InputFiles
{
    /// <summary>
    /// Files named by <paramref name="paths"/>. A named file is kept even if no reader takes it (it is then
    /// reported); files found inside directories are kept only if a reader takes them. Missing paths are
    /// returned as they are, so the caller reports them.
    /// </summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths, DocumentReaders readers) => Expand(paths, readers, FileGlobs.None);

    /// <summary>As <see cref="Expand(IEnumerable{string}, DocumentReaders)"/>, keeping only files inside directories that <paramref name="globs"/> accepts.</summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths, DocumentReaders readers, FileGlobs globs)
    {
        var result = new List<string>();
        foreach (string p in paths)
        {
            if (Directory.Exists(p))
            {
                var found = new List<string>();
                try
                {
                    var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
                    foreach (string f in Directory.EnumerateFiles(p, "*", options))
                        if (readers.CanRead(f) && globs.Accepts(p, f)) found.Add(f);
                }
                catch (IOException) { result.Add(p); continue; }
                catch (UnauthorizedAccessException) { result.Add(p); continue; }
                found.Sort(StringComparer.Ordinal);
                result.AddRange(found);
            }
            else result.Add(p);
        }
        return result;
    }
}
