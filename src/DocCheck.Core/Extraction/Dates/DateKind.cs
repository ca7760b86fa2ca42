namespace DocCheck.Extraction.Dates;

/// <summary>What a date expression names.</summary>
public enum DateKind { Day, Month, Quarter, HalfYear, Year, YearRange, Recurring, Ongoing }
