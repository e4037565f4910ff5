using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using CsCheck;
using Microsoft.AspNetCore.Http;

namespace Joldama.Web.Tests.Reliability;

/// <summary>
/// CsCheck generators of hostile input (RELIABILITY.md §5 C-JSON, C-IIN, C-STR, C-INJ, C-FILE, C-PHONE, C-DATE):
/// values for a field of a given .NET type (often of the wrong JSON type), whole bodies bent out of shape,
/// and files that lie about their type or carry a path in their name.
/// </summary>
internal static class BadInput
{
    /// <summary>Texts that have broken systems: scripts, invisible and directional characters, injections, odd identifiers, numbers and dates as text.</summary>
    public static readonly string[] Texts =
    [
        "", " ", "\t\r\n", "Сейітқали Әбілқасымұлы", "ӘәҒғҚқҢңӨөҰұҮүҺһІі", "Ivan Иванов Сейітқали", "А\u200Bйгүл", "\u200D\u200C\uFEFF",
        "\u202Eлокид", "a\u0000b", "😀👨‍👩‍👧", new('Ж', 300), new('x', 70_000),
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "javascript:alert(1)", "' OR 1=1--", "'; DROP TABLE patients;--",
        "=HYPERLINK(\"http://x\")", "../../etc/passwd", "..\\..\\win.ini", "%2e%2e%2f", "CON", "file.pdf::$DATA", "line\r\nX-Injected: 1",
        "061211600012", "000000000000", "900101300018", "٠٦١٢١١٦٠٠٠١٢", "０６１２１１６００００１２", "9001 0130 0017", "00010130188", "1234567890123",
        "000140000001", "991240000010", "+7 701 123 45 67", "8 (701) 123-45-67", "+77511234567", "+7\u00A0701\u00A0123\u00A045\u00A067",
        "1234567890123456789", "2026-02-30", "0001-01-01", "9999-12-31", "2024-02-29T23:30", "31.12.2026", "-1", "1e309", "NaN", "null",
        "35.21", "99.99", "kk", "ru", "en", "П-42/2026",
    ];

    private static readonly string[] Numbers = ["0", "-1", "1", "2147483648", "-9223372036854775809", "1e309", "-0", "1.5", "99999999999999999999", "\"12\""];

    private static readonly string[] Dates =
        ["\"2026-02-30\"", "\"0001-01-01\"", "\"9999-12-31\"", "\"2024-02-29T23:30:00\"", "\"31.12.2026\"", "\"2026-03-02\"", "\"\"", "20260302", "\"2026-13-01\""];

    private static readonly string[] Anything = ["null", "{}", "[]", "\"\"", "0", "true", "\"\\ud800\"", "[[[[[]]]]]"];

    /// <summary>Form values of the package's kinds and the like: the right names sometimes, so a request gets past the first check.</summary>
    private static readonly string[] Kinds = ["identity-document", "hospitalization-referral", "medical-record-extract", "diagnostic-results", "IdentityDocument"];

    public static Gen<string> Text => Gen.Frequency(
        (6, Gen.OneOf(Texts)),
        (2, Gen.Char.Array[0, 40].Select(c => new string(c))),
        (1, Gen.OneOf(Kinds)));

    /// <summary>A JSON value for a field of <paramref name="type"/>: mostly of that type but hostile, sometimes of another type altogether.</summary>
    public static Gen<string> Json(Type type, IReadOnlyList<Guid> ids, int depth = 0)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        var right = Right(type, ids, depth);
        return Gen.Frequency((8, right), (1, Gen.OneOf(Anything)));
    }

    private static Gen<string> Right(Type type, IReadOnlyList<Guid> ids, int depth)
    {
        if (type == typeof(string))
        {
            return Text.Select(Quote);
        }

        if (type == typeof(bool))
        {
            return Gen.OneOf("true", "false", "\"yes\"", "1");
        }

        if (type.IsPrimitive || type == typeof(decimal))
        {
            return Gen.OneOf(Numbers);
        }

        if (type == typeof(Guid))
        {
            return Gen.Frequency((3, Id(ids).Select(g => Quote(g.ToString()))), (1, Gen.OneOf("\"not-a-guid\"", "\"\"", "\"00000000-0000-0000-0000-000000000000\"")));
        }

        if (type == typeof(DateOnly) || type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(TimeOnly))
        {
            return Gen.OneOf(Dates);
        }

        if (type.IsEnum)
        {
            return Gen.Frequency((2, Gen.OneOf(Enum.GetNames(type)).Select(Quote)), (1, Text.Select(Quote)), (1, Gen.OneOf("7", "-1")));
        }

        if (depth > 3)
        {
            return Gen.Const<string>("null");
        }

        if (type != typeof(string) && type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>)) is { } enumerable)
        {
            var element = Json(enumerable.GetGenericArguments()[0], ids, depth + 1);
            return element.Array[0, 4].Select(items => "[" + string.Join(",", items) + "]");
        }

        return Object(type, ids, depth);
    }

    /// <summary>An object with each property present (hostile) or left out, and now and then a field nobody declared.</summary>
    public static Gen<string> Object(Type type, IReadOnlyList<Guid> ids, int depth = 0)
    {
        var fields = Gen.Const<List<string>>(new List<string>());
        foreach (var property in Properties(type))
        {
            var name = property.Name;
            var value = Json(property.PropertyType, ids, depth + 1);
            fields = fields.SelectMany(list => Gen.Frequency((1, Gen.Const<string?>((string?)null)), (6, value.Select(v => (string?)v)))
                .Select(v => v is null ? list : [.. list, $"{Quote(name)}:{v}"]));
        }

        return fields.SelectMany(list => Gen.Frequency((6, Gen.Const<List<string>>(list)), (1, Text.Select(t => (List<string>)[.. list, $"\"regionCode\":{Quote(t)}"]))))
            .Select(list => "{" + string.Join(",", list) + "}");
    }

    /// <summary>A body bent out of shape: truncated, trailing garbage, single quotes, a BOM, 10,000 levels of nesting, empty, or 3 MB.</summary>
    public static Gen<string> Malformed(Gen<string> body) => Gen.Frequency(
        (12, body),
        (1, body.Select(b => b.Length > 1 ? b[..(b.Length / 2)] : "{")),
        (1, body.Select(b => b + ",}")),
        (1, body.Select(b => b.Replace('"', '\''))),
        (1, body.Select(b => "\uFEFF" + b)),
        (1, Gen.Const<string>(new string('[', 10_000) + new string(']', 10_000))),
        (1, Gen.OneOf("", "null", "[]", "\"text\"", "{\"a\":1,\"a\":2}")),
        (1, Gen.Const<string>("{\"lastName\":\"" + new string('Қ', 1_500_000) + "\"}")));

    public static Gen<string?> ContentType(string declared) => Gen.Frequency(
        (10, Gen.Const<string?>(declared)), (1, Gen.OneOf<string?>("text/plain", "application/x-www-form-urlencoded", "application/xml", null)));

    /// <summary>A value for a query string or a route segment, escaped.</summary>
    public static Gen<string> Segment(Type? type, IReadOnlyList<Guid> ids) =>
        type == typeof(Guid) || type == typeof(Guid?)
            ? Gen.Frequency((3, Id(ids).Select(g => g.ToString())), (1, Text.Select(Escape)))
            : Gen.Frequency((3, Text.Select(Escape)), (1, Gen.OneOf(Numbers).Select(Escape)));

    /// <summary>A header value: printable ASCII only (anything else the client itself refuses to send).</summary>
    public static Gen<string> Header => Text.Select(t => new string([.. t.Where(c => c is >= ' ' and <= '~').Take(300)]));

    public static Gen<Guid> Id(IReadOnlyList<Guid> ids) => ids.Count == 0 ? Gen.Guid : Gen.Frequency((3, Gen.OneOf<Guid>([.. ids])), (1, Gen.Guid));

    /// <summary>A file: content that may not be what its name and declared type say, and a name that may hold a path.</summary>
    public static Gen<LyingFile> File => Gen.Select(
        Gen.OneOf(FileContents),
        Gen.OneOf("scan.pdf", "../../etc/passwd", "..\\..\\boot.ini", "/etc/shadow", "x.pdf.exe", new string('ф', 300) + ".pdf", "exe.\u202Efdp", "CON", "file.pdf::$DATA", "\u200B", "%2e%2e%2fx.png"),
        Gen.OneOf("application/pdf", "image/png", "image/jpeg", "text/html", "application/octet-stream"),
        (content, name, declared) => new LyingFile(content.Name, content.Bytes, name, declared));

    private static readonly (string Name, byte[] Bytes)[] FileContents =
    [
        ("pdf", "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"u8.ToArray()),
        ("png", Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")),
        ("exe", [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04]),
        ("html", "<html><script>alert(1)</script></html>"u8.ToArray()),
        ("zip", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00]),
        ("empty", []),
        ("pdf-with-js", "%PDF-1.4\n1 0 obj<< /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >>endobj\n%%EOF\n"u8.ToArray()),
    ];

    /// <summary>CSV for the import endpoints: a few lines of hostile cells (formula prefixes, quotes, separators, identifiers).</summary>
    public static Gen<string> Csv => Text.Array[1, 6].Array[0, 5]
        .Select(rows => string.Join("\n", rows.Select(cells => string.Join(",", cells.Select(c => c.Length > 2000 ? c[..2000] : c)))));

    /// <summary>A multipart form for the request model: IFormFile properties get a file, the rest a hostile text.</summary>
    public static Gen<IReadOnlyList<FormPart>> Form(Type model)
    {
        var parts = Gen.Const<List<FormPart>>(new List<FormPart>());
        foreach (var property in Properties(model))
        {
            var part = property.PropertyType == typeof(IFormFile)
                ? File.Select(f => new FormPart(property.Name, null, f))
                : Text.Select(t => new FormPart(property.Name, t, null));
            parts = parts.SelectMany(list => Gen.Frequency((1, Gen.Const<FormPart?>((FormPart?)null)), (8, part.Select(p => (FormPart?)p)))
                .Select(p => p is null ? list : [.. list, p]));
        }

        return parts.Select(p => (IReadOnlyList<FormPart>)p);
    }

    public static HttpContent FormContent(IReadOnlyList<FormPart> parts)
    {
        var form = new MultipartFormDataContent();
        foreach (var part in parts)
        {
            if (part.File is { } file)
            {
                var content = new ByteArrayContent(file.Bytes);
                content.Headers.TryAddWithoutValidation("Content-Type", file.DeclaredType);
                form.Add(content, part.Name, file.Name);
            }
            else
            {
                form.Add(new StringContent(part.Text ?? string.Empty), part.Name);
            }
        }

        return form;
    }

    private static string Quote(string text) => JsonSerializer.Serialize(text);

    /// <remarks>Without NUL: the test host refuses such a path before the app sees it (Kestrel answers 400 itself).</remarks>
    private static string Escape(string text) => Uri.EscapeDataString((text.Length > 3000 ? text[..3000] : text).Replace("\0", string.Empty, StringComparison.Ordinal));

    /// <summary>The JSON names (camelCase, as the app reads them) of a model's settable or constructor-bound properties.</summary>
    private static IEnumerable<(string Name, Type PropertyType)> Properties(Type type)
    {
        if (type.IsAbstract || type == typeof(object) || typeof(IEnumerable).IsAssignableFrom(type))
        {
            return [];
        }

        return type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.GetCustomAttribute<JsonIgnoreAttribute>() is null)
            .Select(p => (p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(p.Name), p.PropertyType));
    }

    public static string Describe(string text) =>
        text.Length <= 300 ? text : string.Create(CultureInfo.InvariantCulture, $"{text[..300]}… ({Encoding.UTF8.GetByteCount(text)} bytes)");
}

/// <summary>A file whose content (<paramref name="Content"/>) may not match its name or declared media type.</summary>
internal sealed record LyingFile(string Content, byte[] Bytes, string Name, string DeclaredType)
{
    public override string ToString() => $"{Content} as '{Name}' ({DeclaredType})";
}

internal sealed record FormPart(string Name, string? Text, LyingFile? File)
{
    public override string ToString() => File is null ? $"{Name}={BadInput.Describe(Text ?? string.Empty)}" : $"{Name}={File}";
}
