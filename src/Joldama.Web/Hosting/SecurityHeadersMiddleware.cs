namespace Joldama.Web.Hosting;

/// <summary>Baseline security headers on every response (OWASP ASVS V3/V14).</summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.XFrameOptions = "DENY";
        if (context.Request.IsHttps)
        {
            // Only over TLS (RFC 6797 §7.2: a browser ignores it over plain HTTP); a year, as the HSTS preload list asks.
            headers.StrictTransportSecurity = "max-age=31536000; includeSubDomains";
        }

        if (!context.Request.Path.StartsWithSegments("/scalar", StringComparison.Ordinal))
        {
            headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'";
        }

        return next(context);
    }
}
