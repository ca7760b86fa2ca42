using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using DocCheck.Reading;
using DocCheck.Reading.Docx;
using static DocCheck.Tests.Reading.Docx.DocxBuilder;

namespace DocCheck.Tests.Reading.Docx;

/// <summary>Files that are not what their .docx name says, or are built to hurt: each is a clean error, never an exception.</summary>
public class HostileDocxTests
{
    private static ReadError Fails(byte[] bytes, ReadErrorKind kind, string detailPart)
    {
        // The reader itself, not DocumentReaders (which would also catch), must not throw.
        var r = new DocxReader().Read("x.docx", bytes);
        Assert.False(r.Success);
        Assert.Equal(kind, r.Error.Kind);
        Assert.Contains(detailPart, r.Error.Detail ?? "", StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("x.docx: ", r.Error.Describe());
        return r.Error;
    }

    private static byte[] Minimal() => Build((_, body) => body.Append(P("Nội dung")));

    [Fact]
    public void Zip_bomb_is_refused()
    {
        var bomb = Zip([("[Content_Types].xml", Encoding.UTF8.GetBytes("<Types/>")), ("word/media/big.bin", new byte[8 * 1024 * 1024])]);
        Assert.True(bomb.Length < 200_000);
        Fails(bomb, ReadErrorKind.Corrupt, "zip bomb");
    }

    [Fact]
    public void Thousands_of_entries_are_refused()
    {
        var many = Zip(Enumerable.Range(0, DocxPackageCheck.MaxEntries + 1).Select(i => ($"f{i}.xml", new byte[] { 0x20 })), System.IO.Compression.CompressionLevel.NoCompression);
        Fails(many, ReadErrorKind.Corrupt, "zip entries");
    }

    [Fact]
    public void Malformed_document_xml_is_corrupt()
    {
        var broken = ReplaceEntry(Minimal(), "word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>x</w:r></w:body>");
        Fails(broken, ReadErrorKind.Corrupt, "not well-formed");
    }

    [Fact]
    public void Deeply_nested_xml_is_corrupt()
    {
        var sb = new StringBuilder("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
        for (int i = 0; i < 20_000; i++) sb.Append("<w:sdt><w:sdtContent>");
        for (int i = 0; i < 20_000; i++) sb.Append("</w:sdtContent></w:sdt>");
        sb.Append("</w:body></w:document>");
        Fails(ReplaceEntry(Minimal(), "word/document.xml", sb.ToString()), ReadErrorKind.Corrupt, "nested deeper");
    }

    [Fact]
    public void A_dtd_is_not_processed()
    {
        const string laughs = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>";
        var r = new DocxReader().Read("x.docx", ReplaceEntry(Minimal(), "word/document.xml", laughs));
        Assert.False(r.Success);
        Assert.Equal(ReadErrorKind.Corrupt, r.Error.Kind);
    }

    [Fact]
    public void Missing_main_part_is_corrupt()
    {
        Fails(ReplaceEntry(Minimal(), "word/document.xml", null), ReadErrorKind.Corrupt, "missing");
    }

    [Fact]
    public void Zip_that_is_not_a_package_is_corrupt()
    {
        var r = new DocxReader().Read("x.docx", Zip([("hello.txt", Encoding.UTF8.GetBytes("xin chào"))]));
        Assert.False(r.Success);
        Assert.Equal(ReadErrorKind.Corrupt, r.Error.Kind);
    }

    [Fact]
    public void Encrypted_office_file_is_reported_as_encrypted()
    {
        var ole = new List<byte> { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 };
        ole.AddRange(new byte[504]);
        ole.AddRange(Encoding.Unicode.GetBytes("EncryptionInfo"));
        ole.AddRange(new byte[100]);
        Fails([.. ole], ReadErrorKind.Encrypted, "password");
    }

    [Fact]
    public void Old_doc_named_docx_is_corrupt_with_a_hint()
    {
        var ole = new List<byte> { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 };
        ole.AddRange(new byte[1024]);
        ole.AddRange(Encoding.Unicode.GetBytes("WordDocument"));
        Fails([.. ole], ReadErrorKind.Corrupt, ".doc");
    }

    [Fact]
    public void Text_named_docx_is_corrupt_with_a_hint()
    {
        Fails(Encoding.UTF8.GetBytes("KẾ HOẠCH\nTriển khai thực hiện nhiệm vụ năm 2018\n"), ReadErrorKind.Corrupt, "plain-text");
    }

    [Fact]
    public void Truncated_zip_is_corrupt()
    {
        var full = Minimal();
        var r = new DocxReader().Read("x.docx", full[..(full.Length / 2)]);
        Assert.False(r.Success);
        Assert.Equal(ReadErrorKind.Corrupt, r.Error.Kind);
    }

    [Fact]
    public void Garbage_after_a_zip_signature_is_corrupt()
    {
        var junk = new byte[4096];
        new Random(7).NextBytes(junk);
        junk[0] = (byte)'P'; junk[1] = (byte)'K'; junk[2] = 3; junk[3] = 4;
        Fails(junk, ReadErrorKind.Corrupt, "");
    }

    [Fact]
    public void Empty_file_and_empty_body()
    {
        Fails([], ReadErrorKind.Empty, "");
        var r = new DocxReader().Read("x.docx", Build((_, _) => { }));
        Assert.False(r.Success);
        Assert.Equal(ReadErrorKind.Empty, r.Error.Kind);
    }

    [Fact]
    public void Through_DocumentReaders_a_bad_docx_is_one_error_line()
    {
        var r = DocumentReaders.Default.ReadBytes("ke-hoach.docx", Encoding.UTF8.GetBytes("not really"));
        Assert.False(r.Success);
        Assert.Equal("ke-hoach.docx: the file is damaged or not in the format its name says (a plain-text file, not a .docx (Word) package)", r.Error.Describe("en"));
    }

    /// <summary>
    /// External relationships of every kind Word writes — a hyperlink, a linked picture, an attached template, an
    /// INCLUDETEXT field, an external sub-document — all pointing at a listener on this machine: the text is read and
    /// nothing is ever fetched.
    /// </summary>
    [Fact]
    public void External_relationships_are_never_followed()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            int port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
            var remote = new Uri($"http://127.0.0.1:{port}/x");
            var bytes = Build((main, body) =>
            {
                var link = main.AddHyperlinkRelationship(remote, isExternal: true);
                body.Append(P(new DocumentFormat.OpenXml.Wordprocessing.Hyperlink(R("Cổng dịch vụ công")) { Id = link.Id }));
                main.AddExternalRelationship("http://schemas.openxmlformats.org/officeDocument/2006/relationships/image", new Uri($"http://127.0.0.1:{port}/logo.png"));
                main.AddExternalRelationship("http://schemas.openxmlformats.org/officeDocument/2006/relationships/subDocument", new Uri($"http://127.0.0.1:{port}/sub.docx"));
                var settings = main.AddNewPart<DocumentSettingsPart>();
                var template = settings.AddExternalRelationship("http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate", new Uri($"http://127.0.0.1:{port}/t.dotm"));
                settings.Settings = new Settings(new AttachedTemplate { Id = template.Id });
                body.Append(P(
                    new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
                    new Run(new FieldCode($" INCLUDETEXT \"http://127.0.0.1:{port}/inc.docx\" ")),
                    new Run(new FieldChar { FieldCharType = FieldCharValues.End })));
                body.Append(P("Kế hoạch số 12/KH-UBND."));
            });

            var r = new DocxReader().Read("x.docx", bytes);

            Assert.True(r.Success, r.Error?.Describe("en"));
            Assert.Contains("Cổng dịch vụ công", r.Source.Text);
            Assert.Contains("Kế hoạch số 12/KH-UBND.", r.Source.Text);
            Assert.False(listener.Pending(), "the reader connected to an external relationship's target");
        }
        finally
        {
            listener.Stop();
        }
    }
}
