using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;

namespace Joldama.Testing;

/// <summary>How <see cref="SmsGatewayReceiver"/> answers.</summary>
public enum GatewayBehaviour
{
    /// <summary>200: sent.</summary>
    Accept,

    /// <summary>500: the gateway is broken for now.</summary>
    Fail,

    /// <summary>429: slow down.</summary>
    TooManyRequests,

    /// <summary>400: the request is refused for good.</summary>
    Reject,

    /// <summary>Never answers (until disposed): the sender's timeout must fire.</summary>
    Hang,
}

/// <summary>One request the gateway received, and what it answered (0 when it hung).</summary>
public sealed record ReceivedSms(Guid Id, string Phone, string Text, string? ApiKey, int Status);

/// <summary>
/// A small SMS gateway of our own on 127.0.0.1 (HttpListener): accepts <c>POST {id, phone, text}</c>, records every
/// request, and answers as <see cref="Behaviour"/> says, so tests can drive outages, throttling and refusals.
/// </summary>
public sealed class SmsGatewayReceiver : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<ReceivedSms> _received = new();
    private readonly string _apiKeyHeader;
    private readonly Task _loop;

    private SmsGatewayReceiver(int port, string apiKeyHeader)
    {
        Url = new Uri($"http://127.0.0.1:{port}/sms/send");
        _apiKeyHeader = apiKeyHeader;
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _loop = Task.Run(AcceptAsync);
    }

    public Uri Url { get; }

    private volatile GatewayBehaviour _behaviour = GatewayBehaviour.Accept;

    /// <summary>How the next requests are answered; may change while the gateway runs.</summary>
    public GatewayBehaviour Behaviour
    {
        get => _behaviour;
        set => _behaviour = value;
    }

    public static SmsGatewayReceiver Start(string apiKeyHeader = "X-Api-Key") => new(FreePort.Next(), apiKeyHeader);

    /// <summary>How long each answer takes (a slow gateway keeps concurrent senders overlapping).</summary>
    public TimeSpan AnswerDelay { get; set; } = TimeSpan.Zero;

    /// <summary>Every request received, in order of arrival.</summary>
    public IReadOnlyList<ReceivedSms> Received => [.. _received];

    /// <summary>The requests answered with 200: the messages the gateway sent.</summary>
    public IReadOnlyList<ReceivedSms> Sent => [.. _received.Where(r => r.Status == 200)];

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        var behaviour = Behaviour;
        var status = behaviour switch
        {
            GatewayBehaviour.Accept => 200,
            GatewayBehaviour.Fail => 500,
            GatewayBehaviour.TooManyRequests => 429,
            GatewayBehaviour.Reject => 400,
            _ => 0,
        };
        try
        {
            using var body = await JsonDocument.ParseAsync(context.Request.InputStream);
            var root = body.RootElement;
            _received.Enqueue(new ReceivedSms(
                root.GetProperty("id").GetGuid(), root.GetProperty("phone").GetString()!, root.GetProperty("text").GetString()!,
                context.Request.Headers[_apiKeyHeader], status));
            await Task.Delay(behaviour == GatewayBehaviour.Hang ? Timeout.InfiniteTimeSpan : AnswerDelay, _stop.Token);

            context.Response.StatusCode = status;
            context.Response.Close();
        }
        catch (Exception e) when (e is OperationCanceledException or HttpListenerException or ObjectDisposedException or JsonException)
        {
            context.Response.Abort();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Close();
        await _loop;
        _stop.Dispose();
    }
}
