using System.Runtime.InteropServices;
using System.Text;

namespace DocCheck.Cli;

/// <summary>
/// Where a command writes: standard output, or a file given with --output (written whole, then moved in place). A
/// device, pipe or socket given with --output (/dev/null, /dev/stdout, a FIFO) is written directly: moving a file
/// over it would replace the device with a regular file.
/// </summary>
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
        if (IsSpecialFile(full)) return new OutputTarget(null, new FileStream(full, FileMode.Open, FileAccess.Write), null);
        string temp = full + ".tmp-" + Environment.ProcessId;
        return new OutputTarget(full, new FileStream(temp, FileMode.Create, FileAccess.Write), temp);
    }

    /// <summary>True when <paramref name="full"/> exists and is not a regular file or folder (a device, FIFO or socket).</summary>
    internal static bool IsSpecialFile(string full)
    {
        if (!OperatingSystem.IsLinux() || !File.Exists(full)) return false;
        // statx has the same layout on every Linux architecture: stx_mode is the u16 at offset 28.
        var buffer = new byte[256];
        byte[] name = Encoding.UTF8.GetBytes(full + "\0");
        try
        {
            if (Statx(AtFdCwd, name, 0, StatxType, buffer) != 0) return false;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
        int type = BitConverter.ToUInt16(buffer, 28) & 0xF000;
        return type is not (0x8000 or 0x4000); // S_IFREG, S_IFDIR
    }

    private const int AtFdCwd = -100;
    private const uint StatxType = 1;

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int dirfd, byte[] path, int flags, uint mask, byte[] buffer);

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
