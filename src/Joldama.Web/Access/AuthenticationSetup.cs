using System.Security.Claims;
using Joldama.Application.Access;
using Joldama.Data;
using Joldama.Data.Access;
using Joldama.Domain.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Joldama.Web.Access;

/// <summary>
/// Sign-in: a session cookie for local accounts (the default) and, when configured, OpenID Connect
/// for production identity providers. Sessions are checked against the account on every request,
/// so a disabled user loses every session at once (ASVS 7.4.2).
/// </summary>
internal static class AuthenticationSetup
{
    public const string OidcScheme = "oidc";

    /// <summary>Idle timeout (sliding) and absolute session lifetime (ASVS 7.3.1, 7.3.2).</summary>
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(30);
    public static readonly TimeSpan AbsoluteLifetime = TimeSpan.FromHours(8);

    public static WebApplicationBuilder AddJoldamaAuthentication(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(builder.Configuration.GetSection(SignInSettings.Section).Get<SignInSettings>() ?? new SignInSettings());
        services.AddSingleton(builder.Configuration.GetSection(DemoOptions.Section).Get<DemoOptions>() ?? new DemoOptions());
        services.AddSingleton<IPasswordHasher<UserAccount>, PasswordHasher<UserAccount>>();

        var authentication = services.AddAuthentication(JoldamaClaims.Scheme).AddCookie(JoldamaClaims.Scheme, options =>
        {
            options.Cookie.Name = "joldama.session";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = builder.Configuration.GetValue("SignIn:RequireHttps", false)
                ? CookieSecurePolicy.Always
                : CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = IdleTimeout;
            options.SlidingExpiration = true;
            options.LoginPath = "/account/signin";
            options.AccessDeniedPath = "/account/denied";
            options.Events.OnRedirectToLogin = context => ApiStatus(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => ApiStatus(context, StatusCodes.Status403Forbidden);
            options.Events.OnValidatePrincipal = ValidateSessionAsync;
        });

        var oidc = builder.Configuration.GetSection("SignIn:Oidc");
        if (!string.IsNullOrWhiteSpace(oidc["Authority"]))
        {
            // Production identity provider: the external account is matched to a Joldama account by login
            // (claim preferred_username); roles and reach stay Joldama's, never the provider's.
            authentication.AddOpenIdConnect(OidcScheme, options =>
            {
                options.Authority = oidc["Authority"];
                options.ClientId = oidc["ClientId"];
                options.ClientSecret = oidc["ClientSecret"];
                options.ResponseType = "code";
                options.SignInScheme = JoldamaClaims.Scheme;
                options.Events.OnTokenValidated = MapExternalAccountAsync;
            });
        }

        services.AddAuthorization(options => options.AddPermissionPolicies());
        return builder;
    }

    /// <summary>Starts a server-side session of a Joldama account and returns its claims, with its organization's region.</summary>
    public static async Task<ClaimsPrincipal?> PrincipalForAsync(JoldamaDbContext db, UserAccount user, DateTimeOffset issuedAt, CancellationToken cancellationToken)
    {
        var region = await db.Organizations.Where(o => o.Id == user.OrganizationId).Select(o => o.RegionCode).SingleOrDefaultAsync(cancellationToken);
        if (region is null)
        {
            return null;
        }

        var session = new UserSession { Id = Guid.NewGuid(), UserId = user.Id, StartedAt = issuedAt };
        db.Sessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        return JoldamaClaims.Principal(user.Id, user.Login, user.Role, user.OrganizationId, region, user.PatientIin, issuedAt, session.Id);
    }

    /// <summary>Ends the request's server-side session: the cookie, and every copy of it, stops working.</summary>
    public static async Task EndSessionAsync(HttpContext context)
    {
        if (context.User.Session() is { } session)
        {
            var db = context.RequestServices.GetRequiredService<JoldamaDbContext>();
            var now = context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
            await db.Sessions.Where(s => s.Id == session && s.EndedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, now), context.RequestAborted);
        }

        await context.SignOutAsync(JoldamaClaims.Scheme);
    }

    private static Task ApiStatus(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = status; // the status-code page writes the problem document
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    private static async Task ValidateSessionAsync(CookieValidatePrincipalContext context)
    {
        var clock = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>();
        var scope = context.Principal?.Scope();
        var issued = long.TryParse(context.Principal?.FindFirstValue(JoldamaClaims.IssuedAt), out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : DateTimeOffset.MinValue;
        var db = context.HttpContext.RequestServices.GetRequiredService<JoldamaDbContext>();
        var session = context.Principal?.Session();
        var valid = scope is not null && session is not null
            && clock.GetUtcNow() - issued < AbsoluteLifetime
            // The session is open and its account still enabled with the role and organization the cookie names: one round
            // trip for both checks, as this runs on every request. (Not an EF compiled query: those are bound to one model,
            // and the tests run SQLite and PostgreSQL apps in one process.)
            && await db.Sessions.AnyAsync(s => s.Id == session && s.UserId == scope.UserId && s.EndedAt == null
                && db.Users.Any(u => u.Id == scope.UserId && !u.IsDisabled && u.Role == scope.Role && u.OrganizationId == scope.OrganizationId));
        if (!valid)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(JoldamaClaims.Scheme);
        }
    }

    private static async Task MapExternalAccountAsync(TokenValidatedContext context)
    {
        var login = context.Principal?.FindFirstValue("preferred_username")?.ToLowerInvariant();
        var db = context.HttpContext.RequestServices.GetRequiredService<JoldamaDbContext>();
        var user = login is null ? null : await db.Users.SingleOrDefaultAsync(u => u.Login == login && !u.IsDisabled && u.Role != Role.Patient);
        var principal = user is null ? null : await PrincipalForAsync(db, user, context.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow(), default);
        if (principal is null)
        {
            context.Fail("No Joldama account for this identity.");
            return;
        }

        context.Principal = principal;
    }
}
