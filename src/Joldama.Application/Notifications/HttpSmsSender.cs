using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.Logging;

namespace Joldama.Application.Notifications;

/// <summary>
/// An SMS gateway over HTTP: POSTs <c>{"id", "phone", "text"}</c> as JSON to <c>Sms:GatewayUrl</c>, the API key
/// in a header. 2xx is sent; 408, 429, 5xx, a timeout or no connection are transient; any other answer is permanent.
/// The id is the idempotency key, so a retry after a lost answer does not send twice at a gateway that honours it.
/// </summary>
public sealed class HttpSmsSender(IHttpClientFactory clients, SmsOptions options, ILogger<HttpSmsSender> log) : ISmsSender
{
    public const string ClientName = "joldama-sms";

    public async Task<SendOutcome> SendAsync(SmsMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var outcome = await PostAsync(message, cancellationToken);
        if (outcome.Status != SendStatus.Sent)
        {
            // The id only: the phone and the text are personal data.
            log.LogWarning("SMS {Id} not sent ({Status}).", message.Id, outcome.Status);
        }

        return outcome;
    }

    private async Task<SendOutcome> PostAsync(SmsMessage message, CancellationToken cancellationToken)
    {
        var http = clients.CreateClient(ClientName);
        using var request = new HttpRequestMessage(HttpMethod.Post, options.GatewayUrl)
        {
            Content = JsonContent.Create(new { id = message.Id, phone = message.Phone, text = message.Text }),
        };
        if (!string.IsNullOrEmpty(options.ApiKey))
        {
            request.Headers.TryAddWithoutValidation(options.ApiKeyHeader, options.ApiKey);
        }

        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            return Classify(response.StatusCode);
        }
        catch (HttpRequestException e)
        {
            return SendOutcome.Transient($"gateway unreachable ({e.HttpRequestError})");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return SendOutcome.Transient(string.Create(CultureInfo.InvariantCulture, $"gateway did not answer within {http.Timeout.TotalSeconds} s"));
        }
    }

    public static SendOutcome Classify(HttpStatusCode status)
    {
        var code = (int)status;
        var answer = string.Create(CultureInfo.InvariantCulture, $"gateway answered {code}");
        return code switch
        {
            >= 200 and < 300 => SendOutcome.Sent,
            408 or 429 or >= 500 => SendOutcome.Transient(answer),
            _ => SendOutcome.Permanent(answer),
        };
    }
}
