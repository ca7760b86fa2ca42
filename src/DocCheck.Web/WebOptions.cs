namespace DocCheck.Web;

/// <summary>How <c>doccheck serve</c> runs: the corpus, the addresses, the upload and time limits.</summary>
public sealed record WebOptions
{
    /// <summary>The corpus database (its search index and accounts file live beside it).</summary>
    public required string Db { get; init; }

    /// <summary>Addresses to listen on; the default is this machine alone.</summary>
    public IReadOnlyList<string> Urls { get; init; } = ["http://127.0.0.1:5080"];

    /// <summary>The largest upload taken (default 20 MB); larger ones are answered 413.</summary>
    public long MaxUpload { get; init; } = 20L * 1024 * 1024;

    /// <summary>How long one lint request may take before it is answered 503.</summary>
    public TimeSpan LintTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Quantity roles by the rules alone, without the learned model.</summary>
    public bool NoModel { get; init; }

    /// <summary>Where documents an archivist adds are saved: a folder beside the database (<c>corpus.files/</c>).</summary>
    public string FilesFolder => Path.Combine(Path.GetDirectoryName(Path.GetFullPath(Db))!, Path.GetFileNameWithoutExtension(Db) + ".files");
}
