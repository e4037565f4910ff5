using System.Globalization;
using Joldama.Testing;

namespace Joldama.E2E.Infrastructure;

/// <summary>The real process's settings on a PostgreSQL test database, mailing through the test SMTP server and texting through the SMS receiver.</summary>
internal static class GatewaySettings
{
    public static Dictionary<string, string> For(string connectionString, SmtpTestServer smtp, SmsGatewayReceiver gateway, TimeSpan outboxPollInterval) =>
        new(StringComparer.Ordinal)
        {
            ["Database__Provider"] = "Postgres",
            ["Database__ConnectionString"] = connectionString,
            ["Smtp__Host"] = smtp.Host,
            ["Smtp__Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture),
            ["Smtp__Security"] = "None",
            ["Smtp__From"] = "Joldama <noreply@joldama.invalid>",
            ["Sms__GatewayUrl"] = gateway.Url.ToString(),
            ["Outbox__PollInterval"] = outboxPollInterval.ToString("c", CultureInfo.InvariantCulture),
        };
}
