using DocCheck.Rules.Citations;
using DocCheck.Rules.Dates;
using DocCheck.Rules.Form;
using DocCheck.Rules.Targets;
using DocCheck.Rules.TextQuality;

namespace DocCheck.Rules;

/// <summary>Every rule DocCheck has, in ID order. IDs are never reused.</summary>
public static class RuleCatalog
{
    /// <summary>All rules.</summary>
    public static IReadOnlyList<IRule> All { get; } = new IRule[]
    {
        new BlankNumberRule(), new IncompleteDateRule(), new LeadingZeroRule(), new TypeMismatchRule(), new OutlineSequenceRule(),
        new InternalReferenceRule(), new AbbreviationRule(),
        new ConflictingDatesRule(), new NumberYearRule(), new CitedAfterDocumentRule(), new TypeWordCodeRule(), new IssuerCodeRule(),
        new IncompleteFirstCitationRule(), new InvalidCitationDateRule(), new CorpusDateRule(), new ReplacedInstrumentRule(),
        new InvalidDateRule(), new DeadlineBeforeDocumentRule(), new DeadlineOutsidePeriodRule(), new PeriodMismatchRule(),
        new OverHundredPercentRule(), new ScoreAboveMaximumRule(), new RankOutOfRangeRule(), new InvertedRangeRule(),
        new TargetWorseThanBaselineRule(), new TotalMismatchRule(), new WordsMismatchRule(), new StatedCountRule(),
        new EncodingRule(), new MisspellingRule(), new PlaceholderRule(),
    }.OrderBy(r => r.Descriptor.Id, StringComparer.Ordinal).ToArray();

    /// <summary>The descriptors, in ID order.</summary>
    public static IReadOnlyList<RuleDescriptor> Descriptors { get; } = All.Select(r => r.Descriptor).ToArray();

    /// <summary>True when <paramref name="id"/> names a rule.</summary>
    public static bool Exists(string id) => Descriptors.Any(d => d.Id == id);

    /// <summary>The descriptor with this ID, or null.</summary>
    public static RuleDescriptor? Find(string id) => Descriptors.FirstOrDefault(d => d.Id == id);
}
