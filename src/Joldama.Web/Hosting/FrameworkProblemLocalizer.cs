using Joldama.Application;
using Joldama.Application.Localization;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;

namespace Joldama.Web.Hosting;

/// <summary>
/// Problems the framework writes by itself (a body that is not JSON, an unknown route, a wrong
/// method, a crash) get the same shape as ours: a stable <c>code</c> and a title and detail in the
/// user's language. These problems are written by middleware outside UseRequestLocalization
/// (UseStatusCodePages, UseExceptionHandler), after the request's culture has been restored, so the
/// culture is taken from the request's <see cref="IRequestCultureFeature"/>.
/// </summary>
internal static class FrameworkProblemLocalizer
{
    public static void Localize(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (problem.Extensions.ContainsKey("code"))
        {
            return; // one of ours, already localized
        }

        RequestUiCulture.Run(context.HttpContext, () =>
        {
            Apply(context, problem);
            return true;
        });
    }

    private static void Apply(ProblemDetailsContext context, Microsoft.AspNetCore.Mvc.ProblemDetails problem)
    {
        var status = problem.Status ?? context.HttpContext.Response.StatusCode;
        var code = status switch
        {
            StatusCodes.Status400BadRequest => "request.malformed",
            StatusCodes.Status401Unauthorized => "auth.required",
            StatusCodes.Status403Forbidden => "access.denied",
            StatusCodes.Status404NotFound => "route.not_found",
            StatusCodes.Status405MethodNotAllowed => "request.method_not_allowed",
            StatusCodes.Status413PayloadTooLarge => "request.too_large",
            StatusCodes.Status415UnsupportedMediaType => "request.unsupported_media_type",
            _ when status >= 500 => "internal",
            _ => "request.failed",
        };
        var text = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        var title = text[$"status.{status}"];
        problem.Title = title.ResourceNotFound ? problem.Title : title.Value;
        problem.Detail = text.Describe($"error.{code}", new Dictionary<string, string>(), problem.Detail ?? problem.Title ?? code);
        problem.Type = $"/errors/{code}";
        problem.Extensions["code"] = code;
    }
}
