using Microsoft.AspNetCore.Diagnostics;

namespace Joldama.Web.Hosting;

/// <summary>
/// The last line: a bug becomes a plain 500 problem document with no internals, logged with the
/// request's trace id so support can find it.
/// </summary>
internal sealed class UnexpectedExceptionHandler(IProblemDetailsService problems, ILogger<UnexpectedExceptionHandler> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is BadHttpRequestException badRequest)
        {
            // Bad input, not a bug: in Development the minimal-API binder throws instead of answering 400/415
            // (RouteHandlerOptions.ThrowOnBadRequest). Same answer as in Production.
            httpContext.Response.StatusCode = badRequest.StatusCode;
            return await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = httpContext,
                ProblemDetails = { Status = badRequest.StatusCode },
            });
        }

        log.LogError(exception, "Unhandled exception on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
        httpContext.Response.StatusCode = StatusCodes.Status500InternalServerError;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = { Status = 500, Title = "Internal error / Ішкі қате / Внутренняя ошибка" },
        });
    }
}
