using System.Security.Cryptography;
using System.Text;

namespace DocCheck.Application.Documents;

/// <summary>
/// The id a stored document is addressed by outside the program (web pages, the API): 16 hex digits of the SHA-256
/// of its stored path. It stays the same when the document is indexed again and says nothing of the folders.
/// </summary>
public static class DocumentIds
{
    public static string Of(string storedPath)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(storedPath), hash);
        return Convert.ToHexStringLower(hash[..8]);
    }

    /// <summary>Whether <paramref name="id"/> has the shape of an id (anything else is not looked up).</summary>
    public static bool IsWellFormed(string? id) =>
        id is { Length: 16 } && id.All(c => c is >= '0' and <= '9' or >= 'a' and <= 'f');
}
