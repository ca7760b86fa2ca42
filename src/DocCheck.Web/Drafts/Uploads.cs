using System.Text;
using DocCheck.Rules;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace DocCheck.Web.Drafts;

/// <summary>An upload that cannot be taken: the HTTP status and a message for the person.</summary>
internal sealed class UploadException(int status, string message) : Exception(message)
{
    public int Status { get; } = status;
}

/// <summary>Reads a lint form (multipart <c>file</c> or form <c>text</c>, with the options) within the upload limit, in memory.</summary>
internal static class Uploads
{
    public static async Task<(DraftRequest Request, IFormCollection Form)> ReadAsync(HttpContext ctx, WebOptions options, string lang)
    {
        long limit = options.MaxUpload;
        string tooLarge = $"tệp lớn quá giới hạn {limit / 1048576.0:0.#} MB / the upload is larger than the {limit / 1048576.0:0.#} MB limit";
        if (ctx.Request.ContentLength is { } len && len > limit + 65536) throw new UploadException(StatusCodes.Status413PayloadTooLarge, tooLarge);
        if (!ctx.Request.HasFormContentType) throw new UploadException(StatusCodes.Status415UnsupportedMediaType,
            "cần một biểu mẫu (multipart/form-data với trường file, hoặc trường text) / expected a form with a 'file' or 'text' field");
        var features = ctx.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (features is { IsReadOnly: false }) features.MaxRequestBodySize = limit + 65536;
        IFormCollection form;
        try
        {
            form = await ctx.Request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = limit, ValueLengthLimit = (int)Math.Min(int.MaxValue, limit), BufferBody = false }, ctx.RequestAborted);
        }
        catch (InvalidDataException) { throw new UploadException(StatusCodes.Status413PayloadTooLarge, tooLarge); }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge) { throw new UploadException(StatusCodes.Status413PayloadTooLarge, tooLarge); }
        catch (IOException) { throw new UploadException(StatusCodes.Status400BadRequest, "tệp gửi lên bị ngắt giữa chừng / the upload was cut off"); }

        string name;
        byte[] bytes;
        var file = form.Files.GetFile("file");
        if (file is { Length: > 0 })
        {
            if (file.Length > limit) throw new UploadException(StatusCodes.Status413PayloadTooLarge, tooLarge);
            name = SafeName(file.FileName);
            using var ms = new MemoryStream((int)file.Length);
            await file.CopyToAsync(ms, ctx.RequestAborted);
            bytes = ms.ToArray();
        }
        else if (form["text"].ToString() is { Length: > 0 } text && !string.IsNullOrWhiteSpace(text))
        {
            name = "van-ban-dan.txt";
            bytes = new UTF8Encoding(false).GetBytes(text);
        }
        else throw new UploadException(StatusCodes.Status400BadRequest, "hãy chọn một tệp (.docx, .txt, .html) hoặc dán văn bản / choose a file (.docx, .txt, .html) or paste text");

        var level = form["min"].ToString() switch { "error" => RuleLevel.Error, "warning" => RuleLevel.Warning, _ => RuleLevel.Info };
        string l = form["lang"].ToString() is "en" or "vi" ? form["lang"].ToString() : lang;
        bool corpus = form["corpus"].ToString() is "1" or "on" or "true";
        string? config = form["config"].ToString() is { Length: > 0 } c ? c : null;
        return (new DraftRequest(name, bytes, l, level, corpus, config), form);
    }

    /// <summary>The file name alone (no folders), without characters a file system or a header would mind.</summary>
    public static string SafeName(string? fileName)
    {
        string name = Path.GetFileName((fileName ?? "").Replace('\\', '/'));
        name = new string(name.Where(ch => !char.IsControl(ch) && ch is not ('/' or ':' or '*' or '?' or '"' or '<' or '>' or '|')).ToArray()).Trim(' ', '.');
        if (name.Length == 0) name = "tep";
        return name.Length > 120 ? name[^120..] : name;
    }
}
