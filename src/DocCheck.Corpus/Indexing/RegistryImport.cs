using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using DocCheck.Extraction.Citations;

namespace DocCheck.Corpus;

/// <summary>
/// Imports known instruments from an official list (CSV with a header: number_symbol, issue_date, issuer, title,
/// status, replaced_by; only number_symbol is required). Rows are keyed like citations, so "61/2018/ND-CP" and
/// "61/2018/NĐ-CP" are one instrument. The whole file goes in one transaction; bad rows are reported and skipped.
/// </summary>
public static class RegistryImport
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "d/M/yyyy", "dd/MM/yyyy"];

    public static RegistryImportResult Import(ICorpusStore store, string csvPath)
    {
        using var reader = new StreamReader(csvPath, detectEncodingFromByteOrderMarks: true);
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            PrepareHeaderForMatch = a => a.Header.Trim().ToLowerInvariant(),
            MissingFieldFound = null,
            BadDataFound = null,
            DetectDelimiter = true,
        };
        using var csv = new CsvReader(reader, config);
        if (!csv.Read() || !csv.ReadHeader())
            return new RegistryImportResult(0, [new RegistryProblem(1, "tệp trống hoặc không có dòng tiêu đề / empty file or no header row")]);
        if (!csv.HeaderRecord!.Any(h => h.Trim().Equals("number_symbol", StringComparison.OrdinalIgnoreCase)))
            return new RegistryImportResult(0, [new RegistryProblem(1, "thiếu cột number_symbol / no number_symbol column")]);
        var problems = new List<RegistryProblem>();
        int imported = 0;
        using var batch = store.BeginBatch();
        while (csv.Read())
        {
            int row = csv.Parser.Row;
            string number = (csv.GetField("number_symbol") ?? "").Trim();
            string? key = CitationKeys.FromText(number);
            if (key is null) { problems.Add(new RegistryProblem(row, $"\"{number}\" không phải số, ký hiệu văn bản / is not a number and symbol")); continue; }
            string? dateText = Field(csv, "issue_date");
            DateOnly? date = null;
            if (dateText is not null)
            {
                if (!DateOnly.TryParseExact(dateText, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                { problems.Add(new RegistryProblem(row, $"ngày \"{dateText}\" không hợp lệ / invalid date")); continue; }
                date = d;
            }
            string? replacedBy = Field(csv, "replaced_by") is { } rb ? CitationKeys.FromText(rb) ?? rb : null;
            batch.PutRegistry(new RegistryEntry(key, number, date, Field(csv, "issuer"), Field(csv, "title"), Field(csv, "status"), replacedBy, Path.GetFileName(csvPath)));
            imported++;
        }
        batch.Commit();
        return new RegistryImportResult(imported, problems);
    }

    private static string? Field(CsvReader csv, string name) =>
        csv.TryGetField(name, out string? v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;
}
