using System.Globalization;
using Joldama.Application;
using Joldama.Data;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Localization;

namespace Joldama.Web.Hosting;

/// <summary>
/// The one place where a database that cannot serve now (down, restarting, read-only, out of disk; see
/// <see cref="DatabaseFaults"/>) becomes an answer: 503 with Retry-After and a localized problem document (a page in the
/// user's language for a browser), never a 500 and never a conflict. Nothing was committed by the failing request:
/// its transaction did not reach COMMIT or PostgreSQL rolled it back. After a lost connection the pool's idle
/// connections are dropped, so that the first requests after a restart of PostgreSQL do not fail on dead sockets.
/// </summary>
internal sealed class DatabaseUnavailableHandler(IProblemDetailsService problems, ILogger<DatabaseUnavailableHandler> log) : IExceptionHandler
{
    public const string Code = "database.unavailable";

    /// <summary>Seconds a client should wait before trying again: a restart of PostgreSQL takes a few.</summary>
    public const int RetryAfterSeconds = 5;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!DatabaseFaults.IsUnavailable(exception))
        {
            return false;
        }

        DatabaseFaults.ForgetPooledConnectionsAfter(exception);
        log.LogWarning("The database cannot serve {Method} {Path}: {Reason}. Answered 503.",
            httpContext.Request.Method, httpContext.Request.Path, Reason(exception));
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        if (StatusPages.WantsHtml(httpContext.Request))
        {
            await StatusPages.WriteHtmlAsync(httpContext, Code);
            return true;
        }

        var problem = new Microsoft.AspNetCore.Mvc.ProblemDetails { Status = StatusCodes.Status503ServiceUnavailable, Type = "/errors/" + Code };
        Localize(httpContext, problem);
        problem.Extensions["code"] = Code;
        if (!await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem }))
        {
            // A client that accepts no JSON still gets the document rather than an empty 503.
            await httpContext.Response.WriteAsJsonAsync(problem, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json", cancellationToken);
        }

        return true;
    }

    /// <summary>The driver's own message (SQLSTATE and text, or the socket error): no statement, no parameters, so no personal data.</summary>
    private static string Reason(Exception exception)
    {
        var reason = exception;
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is System.Data.Common.DbException)
            {
                reason = e;
            }
        }

        return reason.GetType().Name + ": " + reason.Message;
    }

    /// <summary>In the request's language (this runs outside UseRequestLocalization).</summary>
    private static void Localize(HttpContext httpContext, Microsoft.AspNetCore.Mvc.ProblemDetails problem) =>
        (problem.Title, problem.Detail) = RequestUiCulture.Run(httpContext, () =>
        {
            var text = httpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
            return ((string?)text["status.503"], (string?)text["error." + Code]);
        });
}
