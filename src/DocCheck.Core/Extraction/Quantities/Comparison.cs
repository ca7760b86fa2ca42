namespace DocCheck.Extraction.Quantities;

/// <summary>The qualifier of a value: "trên" (&gt;), "dưới" (&lt;), "tối thiểu"/"từ … trở lên" (≥), "tối đa"/"không quá" (≤), "từ A đến B".</summary>
public enum Comparison { Equal, Greater, Less, AtLeast, AtMost, Between }
