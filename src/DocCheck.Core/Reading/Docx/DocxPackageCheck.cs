using System.IO.Compression;
using System.Xml;
using DocCheck.Reading.Encodings;

namespace DocCheck.Reading.Docx;

/// <summary>
/// Looks at the bytes of a .docx before any XML is parsed: what the file really is (a zip, an old OLE .doc, an
/// encrypted Office file, plain text), and whether the zip is safe to open — entry count, total unpacked size and
/// compression ratio (zip bombs), counted on the bytes actually inflated, not on what the headers claim.
/// </summary>
internal static class DocxPackageCheck
{
    /// <summary>Most entries a package may have.</summary>
    public const int MaxEntries = 10_000;

    /// <summary>Largest total unpacked size.</summary>
    public const long MaxTotalBytes = 200L * 1024 * 1024;

    /// <summary>Entries larger than this must not be compressed more than <see cref="MaxRatio"/> to one.</summary>
    public const long RatioCheckBytes = 1024 * 1024;

    public const int MaxRatio = 100;

    /// <summary>Deepest element nesting accepted in a part's XML (Word documents stay far below).</summary>
    public const int MaxXmlDepth = 256;

    private static ReadOnlySpan<byte> OleSignature => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>Null when the bytes are a zip that is safe to open; otherwise why not.</summary>
    public static (ReadErrorKind Kind, string Detail)? Check(byte[] bytes)
    {
        if (bytes.Length == 0) return (ReadErrorKind.Empty, "0 bytes");
        if (bytes.AsSpan().StartsWith(OleSignature))
        {
            // Password-protected Office files are OLE compound files holding an "EncryptionInfo" stream.
            return ContainsUtf16(bytes, "EncryptionInfo") || ContainsUtf16(bytes, "EncryptedPackage")
                ? (ReadErrorKind.Encrypted, "password-protected Office file (encrypted package)")
                : (ReadErrorKind.Corrupt, "a Word 97-2003 .doc (OLE compound file), not a .docx; save it as .docx");
        }
        if (!(bytes.Length >= 4 && bytes[0] == 'P' && bytes[1] == 'K'))
        {
            var text = TextDecoder.Decode(bytes);
            return text.Success
                ? (ReadErrorKind.Corrupt, "a plain-text file, not a .docx (Word) package")
                : (ReadErrorKind.Corrupt, "not a zip package, so not a .docx");
        }

        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > MaxEntries) return (ReadErrorKind.Corrupt, $"{zip.Entries.Count:N0} zip entries (limit {MaxEntries:N0})");
            long declared = 0;
            foreach (var e in zip.Entries)
            {
                declared += e.Length;
                if (declared > MaxTotalBytes) return (ReadErrorKind.Corrupt, $"unpacks to more than {MaxTotalBytes / (1024 * 1024)} MB");
                if (e.Length > RatioCheckBytes && e.Length / Math.Max(1, e.CompressedLength) > MaxRatio)
                    return (ReadErrorKind.Corrupt, $"zip bomb: entry '{e.FullName}' is compressed {e.Length / Math.Max(1, e.CompressedLength):N0}:1");
            }
            // Headers can lie: inflate every entry, counting what really comes out.
            long total = 0;
            var buffer = new byte[81920];
            foreach (var e in zip.Entries)
            {
                long actual = 0;
                using var s = e.Open();
                int n;
                while ((n = s.Read(buffer, 0, buffer.Length)) > 0)
                {
                    actual += n;
                    total += n;
                    if (total > MaxTotalBytes) return (ReadErrorKind.Corrupt, $"unpacks to more than {MaxTotalBytes / (1024 * 1024)} MB");
                    if (actual > RatioCheckBytes && actual / Math.Max(1, e.CompressedLength) > MaxRatio)
                        return (ReadErrorKind.Corrupt, $"zip bomb: entry '{e.FullName}' inflates more than {MaxRatio}:1");
                }
            }
        }
        catch (InvalidDataException e) { return (ReadErrorKind.Corrupt, "broken zip: " + e.Message); }
        catch (NotSupportedException e) { return (ReadErrorKind.Corrupt, "unsupported zip: " + e.Message); }
        catch (IOException e) { return (ReadErrorKind.Corrupt, "broken zip: " + e.Message); }
        return null;
    }

    /// <summary>
    /// Reads a part's XML once without building it: null when it is well-formed, has no DTD and nests no deeper
    /// than <see cref="MaxXmlDepth"/>; otherwise what is wrong.
    /// </summary>
    public static string? CheckXml(Stream stream, string partName)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, CloseInput = false, IgnoreComments = true };
        try
        {
            using var reader = XmlReader.Create(stream, settings);
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.Depth > MaxXmlDepth)
                    return $"{partName}: elements nested deeper than {MaxXmlDepth} levels";
            }
            return null;
        }
        catch (XmlException e)
        {
            return $"{partName} is not well-formed XML: {e.Message}";
        }
    }

    private static bool ContainsUtf16(byte[] bytes, string s)
    {
        var needle = System.Text.Encoding.Unicode.GetBytes(s);
        return bytes.AsSpan().IndexOf(needle) >= 0;
    }
}
