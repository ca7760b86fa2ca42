using System.Globalization;
using DocumentFormat.OpenXml;

namespace DocCheck.Reading.Docx;

/// <summary>Small helpers over WordprocessingML elements by local name, so known and unknown elements read alike.</summary>
internal static class Ooxml
{
    public const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>True for a w: element named <paramref name="localName"/>.</summary>
    public static bool Is(OpenXmlElement el, string localName) => el.LocalName == localName && el.NamespaceUri == W;

    /// <summary>The first w: child named <paramref name="localName"/>, or null.</summary>
    public static OpenXmlElement? Child(OpenXmlElement? el, string localName)
    {
        if (el is null) return null;
        foreach (var c in el.ChildElements)
            if (c.LocalName == localName && c.NamespaceUri == W) return c;
        return null;
    }

    /// <summary>The value of attribute w:<paramref name="localName"/> (or an unqualified one), or null.</summary>
    public static string? Attr(OpenXmlElement? el, string localName)
    {
        if (el is null) return null;
        foreach (var a in el.GetAttributes())
            if (a.LocalName == localName && (a.NamespaceUri == W || a.NamespaceUri.Length == 0)) return a.Value;
        return null;
    }

    public static string? Val(OpenXmlElement? el) => Attr(el, "val");

    public static int? IntVal(OpenXmlElement? el) => Int(Val(el));

    public static int? IntAttr(OpenXmlElement? el, string localName) => Int(Attr(el, localName));

    private static int? Int(string? s) =>
        int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out int v) ? v : null;

    /// <summary>
    /// An on/off property (w:b, w:vanish…): present without w:val, or with "1"/"true"/"on", is on.
    /// </summary>
    public static bool IsOn(OpenXmlElement? el) => el is not null && Val(el) is null or "1" or "true" or "on";
}
