namespace DocCheck.Extraction.Dates;

/// <summary>The word before a date that says how it bounds something: "trong", "chậm nhất", "trước", "từ", "đến".</summary>
public enum DateQualifier { None, Within, NoLaterThan, Before, From, Until }
