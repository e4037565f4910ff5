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
        RuleViolation => StatusCodes.Status422UnprocessableEntity,
        _ => StatusCodes.Status400BadRequest,
    };

    public static ProblemHttpResult ToProblem(this Error error, IStringLocalizer text)
    {
        var status = StatusOf(error);
        return TypedResults.Problem(
            statusCode: status,
            title: text[$"status.{status}"],
            detail: text.Describe(error),
            type: $"/errors/{error.Code}",
            extensions: new Dictionary<string, object?> { ["code"] = error.Code, ["args"] = error.Args });
    }
}
