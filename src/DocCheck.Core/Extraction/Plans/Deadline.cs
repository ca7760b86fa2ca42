using DocCheck.Extraction.Dates;
using DocCheck.Text;

namespace DocCheck.Extraction.Plans;

/// <summary>A time given for a task: a table row's "thời gian hoàn thành" cell or a "Thời gian thực hiện:" line.</summary>
public sealed record Deadline(DateMention When, string Task, TextSpan TaskSpan, bool FromTable, bool Ongoing);
