namespace DocCheck.Application.Queries;

/// <summary>One cell of an exported table: nothing, an integer, a real number or text — printed as CSV text or a JSON value.</summary>
public readonly record struct ExportValue(ExportValueKind Kind, long Integer = 0, double Real = 0, string? Text = null)
{
    public static ExportValue Null => new(ExportValueKind.Null);

    public static ExportValue Of(string? s) => s is null ? Null : new(ExportValueKind.Text, Text: s);

    public static ExportValue Of(long? n) => n is { } v ? new(ExportValueKind.Integer, Integer: v) : Null;

    public static ExportValue Of(double? d) => d is { } v ? new(ExportValueKind.Real, Real: v) : Null;

    public static ExportValue Of(DateOnly? d) => Of(d?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
}
