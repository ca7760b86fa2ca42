namespace DocCheck.Text;

/// <summary>
/// A date as written, where any part may be missing or left blank ("ngày   tháng 02 năm 2023").
/// Blank parts are kept as blank rather than guessed.
/// </summary>
public sealed record PartialDate(int? Day, int? Month, int? Year)
{
    /// <summary>True when day, month and year are all present.</summary>
    public bool IsComplete => Day is not null && Month is not null && Year is not null;

    /// <summary>True when the parts make a real calendar date.</summary>
    public bool IsValid => IsComplete && Month is >= 1 and <= 12 && Year is >= 1 and <= 9999 && Day >= 1 && Day <= DateTime.DaysInMonth(Year!.Value, Month!.Value);

    /// <summary>The date, when complete and valid.</summary>
    public DateOnly? Value => IsValid ? new DateOnly(Year!.Value, Month!.Value, Day!.Value) : null;

    /// <summary>ISO 8601 when complete and valid, otherwise null.</summary>
    public string? Iso => Value?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
