using DocCheck.Structure;
using DocCheck.Text;

namespace DocCheck.Rules.Form;

/// <summary>DC1003: in the header date, days below 10 and months 1 and 2 take a leading zero (NĐ 30/2020, Phụ lục I).</summary>
public sealed class LeadingZeroRule : IRule
{
    public static RuleDescriptor Rule { get; } = RuleDescriptor.Create("DC1003", RuleCategory.Form, RuleLevel.Warning,
        "Ngày, tháng ở phần đầu thiếu số 0", "Header day or month without its leading zero",
        "Ngày tháng ban hành phải ghi \"{0}\" thay cho \"{1}\" (ngày dưới 10 và tháng 1, 2 có số 0 phía trước)",
        "Write \"{0}\" instead of \"{1}\" in the issue date (days below 10 and months 1–2 take a leading zero)");

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(RuleContext c)
    {
        if (c.Document.Structure.Header.PlaceDate is not { } pd) yield break;
        if (Missing(pd, pd.Day, pd.Date.Day is not 0) is { } day) yield return Report(c, pd, day);
        if (Missing(pd, pd.Month, pd.Date.Month is 1 or 2) is { } month) yield return Report(c, pd, month);
    }

    /// <summary>The part when its number is one digit that takes a zero, written apart after its word ("ngày 5").</summary>
    private static PlaceDatePart? Missing(PlaceDate pd, PlaceDatePart part, bool takesZero)
    {
        if (part is not { Word: { } word, Number: { } number } || number.Length != 1 || !takesZero) return null;
        // Only a number set apart from its word and from what follows counts: "ngày5", "ngày 5tháng" and "ngày 5_"
        // were never reported, and a finding should not appear just because the rule now reads the parsed date.
        // Between word and number the place-date pattern allows only white space; after the number only a separator
        // ([\s.…_/-]) or the next word's first letter, of which a letter and '_' join the number to a word.
        if (number.Start == word.End) return null;
        int next = number.End - pd.Field.Span.Start;
        if (next < pd.Field.Text.Length && (char.IsLetterOrDigit(pd.Field.Text[next]) || pd.Field.Text[next] == '_')) return null;
        return part;
    }

    private static Finding Report(RuleContext c, PlaceDate pd, PlaceDatePart part)
    {
        var number = part.Number!.Value;
        string digit = Slice(pd, number);
        string written = Slice(pd, TextSpan.FromBounds(part.Word!.Value.Start, number.End));
        return c.Report(Rule, number, [$"{Slice(pd, part.Word.Value)} 0{digit}", written], fix: new SuggestedFix(number, "0" + digit));
    }

    private static string Slice(PlaceDate pd, TextSpan span) => pd.Field.Text.Substring(span.Start - pd.Field.Span.Start, span.Length);
}
