using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Identity;

namespace DocCheck.Web.Security;

/// <summary>What an account may do: a reader searches, reads and checks drafts; an archivist also adds documents to the corpus.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Role>))]
public enum Role
{
    [JsonStringEnumMemberName("reader")] Reader,
    [JsonStringEnumMemberName("archivist")] Archivist,
}

/// <summary>An account: its name, role and salted PBKDF2 password hash (ASP.NET Core's <see cref="PasswordHasher{TUser}"/> format).</summary>
public sealed record Account(string Name, Role Role, string Hash);

/// <summary>
/// The accounts of one corpus, in a file beside its database (<c>corpus.users.json</c>): written whole to a temporary
/// file and moved into place, so a crash never leaves half a file. Passwords are never stored, only their hashes.
/// </summary>
public sealed class Accounts
{
    /// <summary>The authentication scheme (a cookie) of signed-in accounts.</summary>
    public const string Scheme = "doccheck";

    private static readonly PasswordHasher<string> Hasher = new();
    public Accounts(string file) => File = file;

    /// <summary>The accounts file.</summary>
    public string File { get; }

    /// <summary>The accounts file of the corpus <paramref name="db"/>.</summary>
    public static Accounts For(string db)
    {
        string full = Path.GetFullPath(db);
        string name = Path.GetFileNameWithoutExtension(full);
        return new Accounts(Path.Combine(Path.GetDirectoryName(full)!, name + ".users.json"));
    }

    public IReadOnlyList<Account> All()
    {
        if (!System.IO.File.Exists(File)) return [];
        try
        {
            return JsonSerializer.Deserialize(System.IO.File.ReadAllText(File), AccountsJson.Default.ListAccount) ?? [];
        }
        catch (JsonException e)
        {
            throw new DocCheck.Application.UsageException($"{File}: tệp tài khoản hỏng ({e.Message}) / the accounts file is damaged", e);
        }
    }

    public bool Any() => All().Count > 0;

    /// <summary>Adds the account, or sets the password and role of an existing one.</summary>
    public void Set(string name, Role role, string password)
    {
        if (!ValidName(name)) throw new DocCheck.Application.UsageException($"\"{name}\": tên tài khoản chỉ gồm chữ, số, dấu chấm, gạch (1–64 ký tự) / an account name is 1–64 letters, digits, '.', '-' or '_'");
        if (password.Length < 8) throw new DocCheck.Application.UsageException("mật khẩu cần ít nhất 8 ký tự / a password needs at least 8 characters");
        var list = All().Where(a => !string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase)).ToList();
        list.Add(new Account(name, role, Hasher.HashPassword(name, password)));
        Save(list.OrderBy(a => a.Name, StringComparer.OrdinalIgnoreCase).ToList());
    }

    public bool Remove(string name)
    {
        var list = All().ToList();
        int n = list.RemoveAll(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase));
        if (n > 0) Save(list);
        return n > 0;
    }

    /// <summary>The account when the password is right, else null (the same time either way is not promised).</summary>
    public Account? Verify(string name, string password)
    {
        var a = All().FirstOrDefault(x => string.Equals(x.Name, name, StringComparison.OrdinalIgnoreCase));
        if (a is null)
        {
            // Hash anyway, so an unknown name takes as long as a wrong password.
            Hasher.VerifyHashedPassword(name, Hasher.HashPassword(name, "x"), password);
            return null;
        }
        return Hasher.VerifyHashedPassword(a.Name, a.Hash, password) == PasswordVerificationResult.Failed ? null : a;
    }

    private static bool ValidName(string name) =>
        name.Length is >= 1 and <= 64 && name.All(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '_');

    private void Save(List<Account> list)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(File)!);
        string tmp = File + ".tmp";
        System.IO.File.WriteAllText(tmp, JsonSerializer.Serialize(list, AccountsJson.Default.ListAccount));
        if (!OperatingSystem.IsWindows()) System.IO.File.SetUnixFileMode(tmp, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        System.IO.File.Move(tmp, File, overwrite: true);
    }
}

/// <summary>The accounts file's JSON, generated at build time (no reflection, so the Native AOT build reads it too).</summary>
[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(List<Account>))]
internal sealed partial class AccountsJson : JsonSerializerContext;
