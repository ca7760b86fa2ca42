using System.Text;

namespace DocCheck.Cli;

/// <summary>Where a command writes: standard output, or a file given with --output (written whole, then moved in place).</summary>
internal sealed class OutputTarget : IDisposable
{
    private readonly string? _path;
    private readonly string? _temp;
    private readonly Stream _stream;

    private OutputTarget(string? path, Stream stream, string? temp)
    {
        _path = path;
        _stream = stream;
        _temp = temp;
    }

    public static OutputTarget Open(string? path)
    {
        if (path is null) return new OutputTarget(null, Console.OpenStandardOutput(), null);
        string full = Path.GetFullPath(path);
        string temp = full + ".tmp-" + Environment.ProcessId;
        return new OutputTarget(full, new FileStream(temp, FileMode.Create, FileAccess.Write), temp);
    }

    public Stream Stream => _stream;

    public TextWriter Writer(Encoding? encoding = null) => new StreamWriter(_stream, encoding ?? new UTF8Encoding(false), 1 << 16, leaveOpen: true);

    /// <summary>Puts the file in place; until then a half-written file never replaces an existing one.</summary>
    public void Commit()
    {
        _stream.Flush();
        if (_path is null) return;
        _stream.Dispose();
        File.Move(_temp!, _path, overwrite: true);
    }

    public void Dispose()
    {
        _stream.Dispose();
        if (_temp is not null && File.Exists(_temp)) File.Delete(_temp);
    }
}
