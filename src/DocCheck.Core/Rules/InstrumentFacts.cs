namespace DocCheck.Rules;

/// <summary>A date known for an instrument and where it comes from ("sổ đăng ký", a corpus file, "đa số các lần dẫn").</summary>
public sealed record KnownDate(DateOnly Date, string Source);

/// <summary>An instrument that replaces or repeals another, from the corpus or the registry.</summary>
public sealed record Replacement(string By, DateOnly? Date, bool Repealed, string Source);

/// <summary>What the corpus and the registry know of one instrument.</summary>
public sealed record InstrumentFacts(KnownDate? HeaderDate, KnownDate? RegistryDate, KnownDate? MajorityDate, Replacement? ReplacedBy);

/// <summary>
/// Knowledge beyond the document being checked (a corpus database and its registry of instruments), for the
/// corpus-wide rules DC2008 and DC2009. Without it those rules stay silent.
/// </summary>
public interface IInstrumentFacts
{
    /// <summary>
    /// What is known of <paramref name="key"/>. <paramref name="year"/> is the year of the citation's date for numbers
    /// without a year in their symbol (reused every year); <paramref name="citingIssuer"/> tells local numbers
    /// ("12/QĐ-UBND", issued by every province) apart.
    /// </summary>
    InstrumentFacts? Find(string key, int? year, string? citingIssuer);
}
