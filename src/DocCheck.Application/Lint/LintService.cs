using System.Collections.Concurrent;
using DocCheck.Application.Configuration;
using DocCheck.Application.Inputs;
using DocCheck.Corpus;
using DocCheck.Pipeline;
using DocCheck.Reading;
using DocCheck.Reporting.Lint;
using DocCheck.Rules;

namespace DocCheck.Application.Lint;

/// <summary>
/// Lints files and folders: finds the files, resolves each one's configuration, loads the corpus facts, checks the
/// files in parallel and returns one report in the order the files were given (folders sorted).
/// </summary>
public sealed class LintService(DocumentAnalyzer analyzer)
{
    private readonly Linter _linter = new();

    /// <summary>
    /// Runs <paramref name="request"/>. A missing or invalid configuration is a <see cref="UsageException"/>, a corpus
    /// that cannot be opened a <see cref="CorpusException"/>: both before any file is checked.
    /// </summary>
    public LintRun Lint(LintRequest request)
    {
        if (request.ConfigPath is { } configPath && !File.Exists(configPath))
            throw new UsageException($"--config \"{configPath}\": không có tệp này / no such file");
        var baseOptions = request.Options;
        if (request.Corpus is { } db)
        {
            using var corpus = CorpusConnection.Open(db, write: false);
            baseOptions = baseOptions with { Corpus = new CorpusFacts(corpus.Store) };
        }
        var inputs = InputFiles.Expand(request.Paths, analyzer.Readers, new FileGlobs(request.Include, request.Exclude));

        // Every file's configuration before checking anything: a bad doccheck.json stops the run.
        var locator = new ConfigLocator(request.ConfigPath);
        var work = new List<(string Path, LintOptions Options)>();
        try
        {
            foreach (string path in inputs)
            {
                var cfg = locator.For(path);
                if (cfg.BaseDirectory is { } dir && FileGlobs.Excluded(cfg.Exclude, dir, path)) continue;
                work.Add((path, cfg.Apply(baseOptions)));
            }
        }
        catch (LintConfigException e)
        {
            throw new UsageException($"cấu hình không hợp lệ / invalid configuration: {e.Message}", e);
        }

        var results = new LintedFile?[work.Count];
        var readErrors = new ReadError?[work.Count];
        var failures = new ConcurrentBag<RuleFailure>();
        LargestFirst.ForEach(work.Select(w => w.Path).ToList(), i =>
        {
            var (path, options) = work[i];
            var res = analyzer.AnalyzeFile(path);
            if (!res.Success) { readErrors[i] = res.Error; return; }
            var file = LintDocument(path, res.Document, options, out var failed);
            results[i] = request.KeepSourceText ? file : file with { Source = file.Source.Excerpt(file.Findings.Select(f => f.Location.Start.Line)) };
            foreach (var f in failed) failures.Add(f);
        });
        var report = new LintReport(
            results.Where(f => f is not null).Select(f => f!).ToList(),
            readErrors.Where(e => e is not null).Select(e => e!).ToList(),
            baseOptions.Lang);
        var failed = failures.OrderBy(f => f.Path, StringComparer.Ordinal).ThenBy(f => f.RuleId, StringComparer.Ordinal).ToList();
        return new LintRun(report, failed);
    }

    /// <summary>
    /// Checks one file given as bytes (an upload): read by the same readers as files on disk, with their limits; a file
    /// that cannot be read is in the report's errors. Nothing is written anywhere.
    /// </summary>
    public LintRun LintBytes(string name, byte[] bytes, LintOptions options)
    {
        var res = analyzer.AnalyzeBytes(name, bytes);
        if (!res.Success) return new LintRun(new LintReport([], [res.Error], options.Lang), []);
        var file = LintDocument(name, res.Document, options, out var failed);
        return new LintRun(new LintReport([file], [], options.Lang), failed);
    }

    /// <summary>Checks one analyzed document; a rule that throws is listed in <paramref name="failures"/> and the others still run.</summary>
    public LintedFile LintDocument(string path, AnalyzedDocument document, LintOptions options, out IReadOnlyList<RuleFailure> failures)
    {
        var failed = new List<RuleFailure>();
        var findings = _linter.Lint(document, options, failed);
        failures = failed;
        return LintedFile.From(path, document, findings);
    }
}
