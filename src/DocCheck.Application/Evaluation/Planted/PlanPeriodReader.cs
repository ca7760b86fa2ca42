using System.Text.RegularExpressions;

namespace DocCheck.Application.Evaluation.Planted;

/// <summary>
/// The period a plan's title states, read with plain patterns: "giai đoạn 2021-2025", "đến năm 2030" (from the
/// document's year), "năm 2021". Only a part that is a plan — its type is KH, CTr, ĐA, PA or DA, or its title names a
/// plan ("QUYẾT ĐỊNH Ban hành Kế hoạch …") — has one.
/// </summary>
internal static class PlanPeriodReader
{
    private static readonly HashSet<string> PlanCodes = new(StringComparer.Ordinal) { "KH", "CTr", "ĐA", "PA", "DA" };

    public static (int Start, int End)? Read(PlantingSite site)
    {
        var structure = site.Document.Structure;
        int? docYear = structure.Header.PlaceDate?.Date.Year;
        foreach (var part in structure.Parts)
        {
            if (part.Header.Title?.Text is not { } title) continue;
            bool plan = (part.Header.Type?.Code is { } code && PlanCodes.Contains(code)) || PlantPatterns.PlanWord().IsMatch(title);
            if (!plan) continue;
            if (PlantPatterns.YearRange().Match(title) is { Success: true } r && Year(r, "a") <= Year(r, "b"))
                return (Year(r, "a"), Year(r, "b"));
            if (PlantPatterns.UntilYear().Match(title) is { Success: true } u)
            {
                int end = Year(u, "b");
                return (docYear is int y && y <= end ? y : end - 5, end);
            }
            if (PlantPatterns.SingleYear().Match(title) is { Success: true } s)
                return (Year(s, "a"), Year(s, "a"));
        }
        return null;
    }

    private static int Year(Match m, string group) => int.Parse(m.Groups[group].Value, System.Globalization.CultureInfo.InvariantCulture);
}
