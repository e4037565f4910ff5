using System.Globalization;
using Joldama.Application.Shared;
using Joldama.Domain.Shared;

namespace Joldama.Web.Api.Referrals;

/// <summary>A case's version as an entity tag: <c>"7"</c>. <c>If-Match</c> carries the version the client read (optimistic concurrency).</summary>
internal static class ETags
{
    public static string Of(int version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    /// <summary>The version an <c>If-Match</c> header names; none (or <c>*</c>) is no condition; anything else is bad input.</summary>
    public static Result<int?> ExpectedVersion(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString().Trim();
        if (header.Length == 0 || header == "*")
        {
            return Result<int?>.Success(null);
        }

        var tag = header.StartsWith("W/", StringComparison.Ordinal) ? header[2..] : header;
        return tag.Length > 2 && tag[0] == '"' && tag[^1] == '"' && int.TryParse(tag[1..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? Result<int?>.Success(version)
            : new InputInvalid("If-Match", header.Length > 20 ? header[..20] + "…" : header, "\"<version>\"");
    }
}
