using Joldama.Domain.Shared;
using Joldama.Application.Localization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Joldama.Web.Api;

/// <summary>The one mapping from a domain <see cref="Error"/> to an RFC 9457 problem document.</summary>
internal static class ErrorResults
{
    public static int StatusOf(Error error) => error switch
    {
        NotFoundError => StatusCodes.Status404NotFound,
        ConflictError => StatusCodes.Status409Conflict,
        // Too many failed sign-ins from the caller's address (with Retry-After, see AddHeaders).
        Application.Access.SignInThrottled => StatusCodes.Status429TooManyRequests,
        // The role, its organization, or its kind of party may not make this referral step.
        Application.Referrals.StepNotPermitted or Domain.Referrals.ActorNotAllowed or Application.Abroad.AbroadStepNotPermitted => StatusCodes.Status403Forbidden,
        RuleViolation => StatusCodes.Status422UnprocessableEntity,
        _ => StatusCodes.Status400BadRequest,
    };

    public static ProblemHttpResult ToProblem(this Error error, IStringLocalizer text)
    {
        var status = StatusOf(error);
        var extensions = new Dictionary<string, object?> { ["code"] = error.Code, ["args"] = error.Args };
        if (error is Application.Organizations.ImportRejected rejected)
        {
            // Every refused row with its line and its own error, so the file can be fixed in one go.
            extensions["rows"] = rejected.Rows.Select(r => new RowProblem(r.Line, r.Field, r.Error.Code, text.Describe(r.Error), r.Error.Args)).ToArray();
        }

        if (error is Application.Conformity.Evaluation.EvaluationRequestInvalid invalid)
        {
            // Every problem of the request with its JSON path, as the CLI lists them.
            extensions["problems"] = invalid.Problems.Select(p => new PathProblem(p.Path, p.Error.Code, text.Describe(p.Error), p.Error.Args)).ToArray();
        }

        if (error is Domain.Quotas.QuotaExceeded exceeded)
        {
            // §19: the figures of the refusal as numbers, so that a client shows them without parsing the message.
            extensions["used"] = exceeded.Used;
            extensions["limit"] = exceeded.Limit;
            extensions["volume"] = exceeded.Volume;
            extensions["percent"] = exceeded.Percent;
        }

        return TypedResults.Problem(
            statusCode: status,
            title: text[$"status.{status}"],
            detail: text.Describe(error),
            type: $"/errors/{error.Code}",
            extensions: extensions);
    }

    /// <summary>Headers the answer to <paramref name="error"/> carries besides its body: Retry-After for a throttled sign-in.</summary>
    public static void AddHeaders(this Error error, HttpResponse response)
    {
        if (error is Application.Access.SignInThrottled throttled)
        {
            response.Headers.RetryAfter = throttled.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    /// <summary>One row of a refused import in a problem document.</summary>
    internal sealed record RowProblem(int Line, string? Field, string Code, string Detail, IReadOnlyDictionary<string, string> Args);

    /// <summary>One problem of a JSON request in a problem document: where (a JSON path) and what.</summary>
    internal sealed record PathProblem(string Path, string Code, string Detail, IReadOnlyDictionary<string, string> Args);
}
