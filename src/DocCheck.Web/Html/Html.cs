using System.Globalization;
using System.Text;

namespace DocCheck.Web.Html;

/// <summary>
/// Building HTML by hand, safely: <see cref="E"/> escapes every piece of text (document text, queries, file names,
/// messages) and <see cref="A"/> every attribute value; pages append only their own markup unescaped.
/// </summary>
internal static class H
{
    // Every letter as itself (Vietnamese stays readable in the page source); only markup characters are escaped.
    private static readonly System.Text.Encodings.Web.HtmlEncoder Encoder = System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    public static string E(string? s) => Encoder.Encode(s ?? "");

    public static string A(string? s) => Encoder.Encode(s ?? "");

    /// <summary>A query-string value.</summary>
    public static string U(string? s) => Uri.EscapeDataString(s ?? "");

    /// <summary>A date as Vietnamese documents write it (d/M/yyyy).</summary>
    public static string D(DateOnly? d) => d is { } v ? v.ToString("d/M/yyyy", CultureInfo.InvariantCulture) : "";

    public static string N(long n) => n.ToString("N0", CultureInfo.GetCultureInfo("vi-VN"));

    /// <summary>A link built from a path and query pairs (null values left out), each value escaped.</summary>
    public static string Href(string path, params (string Key, string? Value)[] query)
    {
        var sb = new StringBuilder(path);
        char sep = path.Contains('?') ? '&' : '?';
        foreach (var (k, v) in query)
        {
            if (string.IsNullOrEmpty(v)) continue;
            sb.Append(sep).Append(U(k)).Append('=').Append(U(v));
            sep = '&';
        }
        return sb.ToString();
    }
}

/// <summary>The page language: Vietnamese first, English on request (?lang=en, remembered in a cookie).</summary>
internal sealed record Ui(string Lang)
{
    public bool En => Lang == "en";

    /// <summary>The Vietnamese or the English text.</summary>
    public string T(string vi, string en) => En ? en : vi;

    public static Ui Of(Microsoft.AspNetCore.Http.HttpContext ctx)
    {
        string? q = ctx.Request.Query["lang"];
        if (q is "vi" or "en")
        {
            ctx.Response.Cookies.Append("doccheck-lang", q, new Microsoft.AspNetCore.Http.CookieOptions
            {
                HttpOnly = true, SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Strict, IsEssential = true, MaxAge = TimeSpan.FromDays(365),
            });
            return new Ui(q);
        }
        return new Ui(ctx.Request.Cookies["doccheck-lang"] == "en" ? "en" : "vi");
    }
}
