using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Joldama.LoadBench;

/// <summary>Joldama's HTTP API as a virtual user drives it: cookie sessions of the demo users, the lifecycle and the reads.</summary>
internal sealed partial class JoldamaClient(HttpClient http, string baseUrl)
{
    public const string Code = "35.21";

    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj<< /Type /Catalog >>endobj\ntrailer<< /Root 1 0 R >>\n%%EOF\n"u8.ToArray();
    private static readonly string[] Kinds = ["identity-document", "hospitalization-referral", "medical-record-extract", "diagnostic-results"];

    public async Task<string> SignInAsync(string login, string password)
    {
        using var response = await http.PostAsJsonAsync(new Uri(baseUrl + "/api/account/signin"), new { login, password });
        return SessionOf(response);
    }

    /// <summary>A patient's sign-in: the code request, the code read from the SMS sink file, the verification.</summary>
    public async Task<string> SignInPatientAsync(string iin, string smsSink)
    {
        var before = File.Exists(smsSink) ? File.ReadAllLines(smsSink).Length : 0;
        using (var request = await http.PostAsJsonAsync(new Uri(baseUrl + "/api/account/patient/code"), new { iin }))
        {
            if (request.StatusCode != HttpStatusCode.Accepted)
            {
                throw new InvalidOperationException($"patient code: {(int)request.StatusCode} {await request.Content.ReadAsStringAsync()}");
            }
        }

        var line = File.ReadAllLines(smsSink).Skip(before).Last();
        var code = SixDigits().Match(JsonDocument.Parse(line).RootElement.GetProperty("text").GetString()!).Value;
        using var response = await http.PostAsJsonAsync(new Uri(baseUrl + "/api/account/patient/verify"), new { iin, code });
        return SessionOf(response);
    }

    public async Task<Guid> CreateAsync(string session, Guid patientId, Guid providerId)
    {
        using var response = await SendAsync(session, HttpMethod.Post, "/api/referrals", JsonContent.Create(new
        {
            patientId, htmcCode = Code, diagnosis = "I25.1 Атеросклеротическая болезнь сердца", specialistConclusion = "Показана ВТМП (заключение кардиолога)", providerId,
        }));
        await Expect(response, HttpStatusCode.Created);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        return json.GetProperty("id").GetGuid();
    }

    public async Task<bool> UploadAsync(string session, Guid caseId, int index)
    {
        var form = new MultipartFormDataContent { { new StringContent(Kinds[index]), "kind" } };
        var file = new ByteArrayContent(Pdf);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse("application/pdf");
        form.Add(file, "file", Kinds[index] + ".pdf");
        using var response = await SendAsync(session, HttpMethod.Post, $"/api/referrals/{caseId}/documents", form);
        await Expect(response, HttpStatusCode.Created);
        return true;
    }

    public async Task<bool> StepAsync(string session, Guid caseId, object step)
    {
        using var response = await SendAsync(session, HttpMethod.Post, $"/api/referrals/{caseId}/steps", JsonContent.Create(step));
        await Expect(response, HttpStatusCode.OK);
        return true;
    }

    public async Task<bool> GetAsync(string session, string path)
    {
        using var response = await SendAsync(session, HttpMethod.Get, path, null);
        await response.Content.LoadIntoBufferAsync();
        return response.IsSuccessStatusCode;
    }

    public async Task<bool> SearchIinAsync(string session, string iin)
    {
        using var response = await SendAsync(session, HttpMethod.Post, "/api/referrals/search", JsonContent.Create(new { iin }));
        var rows = await response.Content.ReadFromJsonAsync<JsonElement>();
        return response.IsSuccessStatusCode && rows.ValueKind == JsonValueKind.Array;
    }

    public static string Today() => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(TimeProvider.System.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Asia/Almaty")).DateTime)
        .ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<HttpResponseMessage> SendAsync(string session, HttpMethod method, string path, HttpContent? content)
    {
        using var request = new HttpRequestMessage(method, new Uri(baseUrl + path)) { Content = content };
        request.Headers.Add("Cookie", "joldama.session=" + session);
        return await http.SendAsync(request);
    }

    /// <summary>An answer other than <paramref name="status"/> is an error, with the problem document in its message.</summary>
    private static async Task Expect(HttpResponseMessage response, HttpStatusCode status)
    {
        if (response.StatusCode != status)
        {
            var body = await response.Content.ReadAsStringAsync();
            throw new InvalidOperationException($"{(int)response.StatusCode} {body[..Math.Min(body.Length, 300)]}");
        }
    }

    private static string SessionOf(HttpResponseMessage response)
    {
        var cookie = response.Headers.TryGetValues("Set-Cookie", out var values) ? values.FirstOrDefault(v => v.StartsWith("joldama.session=", StringComparison.Ordinal)) : null;
        return cookie is null
            ? throw new InvalidOperationException($"sign-in: {(int)response.StatusCode}, no session cookie")
            : cookie["joldama.session=".Length..cookie.IndexOf(';', StringComparison.Ordinal)];
    }

    [GeneratedRegex(@"\b\d{6}\b")]
    private static partial Regex SixDigits();
}
