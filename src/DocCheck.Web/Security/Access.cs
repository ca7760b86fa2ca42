using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace DocCheck.Web.Security;

/// <summary>
/// Who may do what. A corpus without accounts is served to this machine alone (loopback), and whoever uses it there
/// is its archivist. With accounts, everyone signs in; readers read, search and check drafts, archivists also add documents.
/// </summary>
internal static class Access
{
    public const string RoleClaim = "doccheck-role";

    /// <summary>Whether the person may add documents.</summary>
    public static bool IsArchivist(HttpContext ctx)
    {
        var accounts = ctx.RequestServices.GetRequiredService<Accounts>();
        if (!accounts.Any()) return true;
        return ctx.User.Identity?.IsAuthenticated == true && ctx.User.FindFirstValue(RoleClaim) == nameof(Role.Archivist);
    }

    /// <summary>Whom a checked draft belongs to: the account, or "local" without accounts.</summary>
    public static string Owner(HttpContext ctx) =>
        ctx.User.Identity?.IsAuthenticated == true ? "user:" + ctx.User.Identity.Name : "local";

    /// <summary>Paths anyone may reach before signing in.</summary>
    public static bool IsOpen(PathString path) =>
        path.StartsWithSegments("/login") || path.StartsWithSegments("/static") || path == "/api/health";

    /// <summary>Whether every address in <paramref name="urls"/> is this machine's own (127.0.0.0/8, ::1, localhost).</summary>
    public static bool LoopbackOnly(IEnumerable<string> urls)
    {
        foreach (string url in urls)
        {
            if (!Uri.TryCreate(url.Replace("://*", "://0.0.0.0").Replace("://+", "://0.0.0.0"), UriKind.Absolute, out var uri)) return false;
            string host = uri.Host.Trim('[', ']');
            if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase)) continue;
            if (!IPAddress.TryParse(host, out var ip) || !IPAddress.IsLoopback(ip)) return false;
        }
        return true;
    }

    public static ClaimsPrincipal Principal(Account a) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.Name, a.Name), new Claim(RoleClaim, a.Role.ToString())], Accounts.Scheme));
}
