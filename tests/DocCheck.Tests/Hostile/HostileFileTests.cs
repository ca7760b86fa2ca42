using System.Text;
using DocCheck.Pipeline;
using DocCheck.Reading;
using DocCheck.Rules;
using DocCheck.Tests.TestSupport;
using FsCheck;
using FsCheck.Fluent;

namespace DocCheck.Tests.Hostile;

/// <summary>
/// Broken and hostile files generated in the test: random bytes, truncated UTF-8 and UTF-16, empty files, text that
/// is valid in two encodings, a million short lines, a very long single line, and random mutations of the seeds.
/// Each must give a result or a named error — never an exception — with every span inside the text, deterministically.
/// </summary>
public sealed class HostileFileTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("doccheck-hostile-").FullName;
    private readonly DocumentAnalyzer _analyzer = new();

    public void Dispose() => Directory.Delete(_dir, true);

    private string Write(string name, byte[] bytes)
    {
        string path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Analyzes and lints a file; asserts the invariants and returns a fingerprint of the result.</summary>
    private string Check(string path)
    {
        var result = _analyzer.AnalyzeFile(path);
        if (!result.Success)
        {
            Assert.NotNull(result.Error);
            Assert.False(string.IsNullOrWhiteSpace(result.Error!.Describe()));
            return "error:" + result.Error.Kind;
        }
        var doc = result.Document!;
        var findings = new Linter().Lint(doc, new LintOptions());
        int n = doc.Normalized.Text.Length;
        foreach (var f in findings)
        {
            Assert.InRange(f.Span.Start, 0, n);
            Assert.InRange(f.Span.End, f.Span.Start, n);
            var src = doc.Normalized.ToSource(f.Span);
            Assert.InRange(src.End, src.Start, doc.Source.Text.Length);
        }
        foreach (var c in doc.Citations) Assert.InRange(c.Span.End, c.Span.Start, n);
        foreach (var q in doc.Quantities) Assert.InRange(q.Span.End, q.Span.Start, n);
        foreach (var d in doc.Dates) Assert.InRange(d.Span.End, d.Span.Start, n);
        return $"{doc.Encoding}:{doc.Normalized.Text.Length}:{doc.Citations.Count}:{doc.Quantities.Count}:" +
               string.Join(",", findings.Select(f => f.RuleId + "@" + f.Span.Start));
    }

    [Fact]
    public void Random_bytes_give_a_result_or_a_named_error()
    {
        var random = new Random(20261123);
        for (int i = 0; i < 150; i++)
        {
            var bytes = new byte[random.Next(0, i < 100 ? 4096 : 65536)];
            random.NextBytes(bytes);
            Check(Write($"r{i}.txt", bytes));
        }
    }

    [Fact]
    public void Empty_file_is_named_empty()
    {
        Assert.Equal("error:Empty", Check(Write("empty.txt", [])));
    }

    [Fact]
    public void Utf8_truncated_inside_a_character_still_reads()
    {
        byte[] seed = File.ReadAllBytes(Path.Combine(RepoPaths.RepoRoot, "corpus", Seeds.KonTum497));
        foreach (int cut in new[] { 1, 2, 3, 101, 1001, seed.Length / 2, seed.Length - 1 })
        {
            // Cut after the first byte of a multi-byte character where one is near.
            int at = cut;
            while (at < seed.Length - 1 && seed[at] < 0xC0) at++;
            Check(Write($"cut{cut}.txt", seed[..Math.Min(seed.Length, at + 1)]));
        }
    }

    [Fact]
    public void Utf16_with_an_odd_byte_count_still_reads_or_is_named()
    {
        string text = File.ReadAllText(Path.Combine(RepoPaths.RepoRoot, "corpus", Seeds.BaGiangDraft));
        byte[] le = [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)];
        byte[] be = [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)];
        Check(Write("le.txt", le[..(le.Length - 1)]));
        Check(Write("be.txt", be[..(be.Length - 3)]));
        Check(Write("le-bom-only.txt", le[..2]));
    }

    [Fact]
    public void Bytes_valid_in_two_encodings_are_read_the_same_way_every_time()
    {
        // Plain ASCII and Latin-1-looking bytes are valid UTF-8 prefixes and valid Windows-1258 alike.
        byte[] ambiguous = Encoding.Latin1.GetBytes("Ke hoach so 12/KH-UBND ngay 05/3/2018 \u00C3\u00A0 \u00C3\u00A2 ");
        string path = Write("two.txt", ambiguous);
        Assert.Equal(Check(path), Check(path));
    }

    [Fact]
    public void A_million_short_lines_are_analyzed()
    {
        var sb = new StringBuilder(3_000_000);
        for (int i = 0; i < 1_000_000; i++) sb.Append(i % 7 == 0 ? "- Việc\n" : "a\n");
        Check(Write("lines.txt", Encoding.UTF8.GetBytes(sb.ToString())));
    }

    [Fact]
    public void A_long_single_line_is_analyzed()
    {
        string words = "Thực hiện Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ, phấn đấu 100% hồ sơ trong quý II/2021; ";
        var sb = new StringBuilder();
        while (sb.Length < 4_000_000) sb.Append(words);
        Check(Write("oneline.txt", Encoding.UTF8.GetBytes(sb.ToString())));
    }

    [Fact]
    public void Random_mutations_of_the_seeds_never_throw_keep_spans_inside_and_are_deterministic()
    {
        string[] seeds = [Seeds.KonTum497, Seeds.NgheAnDeCuong, Seeds.TayNinh2818, Seeds.BaGiangDraft, Seeds.KonTum51];
        var texts = seeds.Select(s => File.ReadAllText(Path.Combine(RepoPaths.RepoRoot, "corpus", s))).ToArray();
        string[] inserts = ["\n", "|", "||\n", "Số: ", "ngày ", "tháng 13 ", "quý V/", "%", "/", "…", "\u0301", "Ð", "\uFEFF", "Điều 1. ", "a) ", "I. ", "(", ")", "trên 100%", "9,5/8 điểm", "0/63"];
        var op =
            from pos in Gen.Choose(0, 1_000_000)
            from kind in Gen.Choose(0, 2)
            from ins in Gen.Choose(0, inserts.Length - 1)
            select (Pos: pos, Kind: kind, Ins: ins);
        var gen =
            from seed in Gen.Choose(0, seeds.Length - 1)
            from count in Gen.Choose(1, 40)
            from positions in Gen.ArrayOf(op, count)
            select (Seed: seed, Ops: positions);
        var property = Prop.ForAll(gen.ToArbitrary(), c =>
        {
            var sb = new StringBuilder(texts[c.Seed]);
            foreach (var (pos, kind, ins) in c.Ops)
            {
                int at = pos % (sb.Length + 1);
                switch (kind)
                {
                    case 0: sb.Insert(at, inserts[ins]); break;                                     // insert a troublesome token
                    case 1: if (at < sb.Length) sb.Remove(at, Math.Min(sb.Length - at, 1 + ins * 7)); break; // delete a run
                    default: if (at < sb.Length) sb[at] = inserts[ins][0]; break;                   // overwrite a character
                }
            }
            string path = Write($"m{Guid.NewGuid():N}.txt", Encoding.UTF8.GetBytes(sb.ToString()));
            Assert.Equal(Check(path), Check(path));
            File.Delete(path);
        });
        property.Check(Config.QuickThrowOnFailure.WithMaxTest(60).WithReplay(20261123, 4243));
    }
}
