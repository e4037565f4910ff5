using System.Security.Cryptography;
using System.Text;
using Joldama.Application.Audit;
using Joldama.Application.Notifications;
using Joldama.Data;
using Joldama.Data.Access;
using Joldama.Domain.Audit;
using Joldama.Domain.Identifiers;
using Joldama.Domain.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Joldama.Application.Access;

/// <summary>
/// Local sign-in: staff by login and password with lock-out; patients by IIN and a one-time code
/// sent by SMS. Every attempt, allowed or denied, is audited.
/// </summary>
public sealed class SignInService(
    JoldamaDbContext db, IPasswordHasher<UserAccount> hasher, AuditLog audit, ISmsSender sms, TimeProvider clock, SignInSettings options)
{
    // Hashing a password for an unknown login too, so the answer takes as long either way (no login probing by timing).
    private static readonly UserAccount Nobody = new() { Login = "-", DisplayName = "-" };
    private static readonly string NobodyHash = new PasswordHasher<UserAccount>().HashPassword(Nobody, "not a real password at all");

    public async Task<Result<UserAccount>> PasswordAsync(string? login, string? password, string remoteAddress, CancellationToken cancellationToken = default)
    {
        var normalized = (login ?? string.Empty).Trim().ToLowerInvariant();
        var user = normalized.Length is > 0 and <= 100
            ? await db.Users.SingleOrDefaultAsync(u => u.Login == normalized && u.PatientIin == null, cancellationToken)
            : null;
        var now = clock.GetUtcNow();
        if (user is null || user.PasswordHash is null || user.IsDisabled)
        {
            hasher.VerifyHashedPassword(Nobody, NobodyHash, password ?? string.Empty);
            await audit.AppendAsync(AuditActor.Anonymous(remoteAddress) with { Login = Clip(normalized) }, "auth.signin", "user", "-", null, AuditOutcome.Denied, cancellationToken);
            return new InvalidCredentials();
        }

        var actor = ActorOf(user, remoteAddress);
        if (user.LockedUntil is { } until && until > now)
        {
            await audit.AppendAsync(actor, "auth.signin.locked", "user", user.Id.ToString(), null, AuditOutcome.Denied, cancellationToken);
            return new AccountLocked(options.LockoutMinutes);
        }

        if (hasher.VerifyHashedPassword(user, user.PasswordHash, password ?? string.Empty) == PasswordVerificationResult.Failed)
        {
            user.FailedSignIns++;
            var locks = user.FailedSignIns >= options.MaxFailedAttempts;
            if (locks)
            {
                user.LockedUntil = now.AddMinutes(options.LockoutMinutes);
                user.FailedSignIns = 0;
            }

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await audit.AppendAsync(actor, locks ? "auth.signin.lockout" : "auth.signin", "user", user.Id.ToString(), null, AuditOutcome.Denied, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return locks ? new AccountLocked(options.LockoutMinutes) : new InvalidCredentials();
        }

        user.FailedSignIns = 0;
        user.LockedUntil = null;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await db.SaveChangesAsync(cancellationToken);
            await audit.AppendAsync(actor, "auth.signin", "user", user.Id.ToString(), null, AuditOutcome.Allowed, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return user;
    }

    /// <summary>
    /// Sends a one-time code to the patient's phone. For an IIN with no patient account the answer is
    /// the same and nothing is sent, so the form cannot be used to find out who is registered.
    /// </summary>
    public async Task<Result<bool>> SendPatientCodeAsync(string? iinText, string remoteAddress, CancellationToken cancellationToken = default)
    {
        var iin = Iin.Parse(iinText is null ? null : Iin.Normalize(iinText));
        if (iin.IsError)
        {
            return iin.Error;
        }

        var patient = await db.Users.SingleOrDefaultAsync(u => u.PatientIin == iin.Value.Value && !u.IsDisabled, cancellationToken);
        if (patient?.Phone is null)
        {
            await audit.AppendAsync(AuditActor.Anonymous(remoteAddress), "auth.code.request", "patient", "-", iin.Value.Value, AuditOutcome.Denied, cancellationToken);
            return true;
        }

        var now = clock.GetUtcNow();
        var latest = await db.OneTimeCodes.Where(c => c.UserId == patient.Id).OrderByDescending(c => c.ExpiresAt).FirstOrDefaultAsync(cancellationToken);
        if (latest is not null && latest.ExpiresAt.AddMinutes(-options.OneTimeCodeMinutes).AddSeconds(options.OneTimeCodeIntervalSeconds) > now)
        {
            return new OneTimeCodeTooSoon(options.OneTimeCodeIntervalSeconds);
        }

        var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.OneTimeCodes.Add(new OneTimeCode { Id = Guid.NewGuid(), UserId = patient.Id, CodeHash = HashOf(patient.Id, code), ExpiresAt = now.AddMinutes(options.OneTimeCodeMinutes) });
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(ActorOf(patient, remoteAddress), "auth.code.request", "patient", patient.Id.ToString(), patient.PatientIin, AuditOutcome.Allowed, cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        // No diagnosis or name in an SMS (KZ-FACTS §3.1); one UCS-2 part: under 70 characters.
        // Sent at once, not through the outbox: a code is useless minutes later. When the gateway fails, the
        // sender logs it and the patient asks for a new code after the interval.
        await sms.SendAsync(new SmsMessage(Guid.NewGuid(), patient.Phone, $"Жолдама: {code} — кіру коды / код входа"), cancellationToken);
        return true;
    }

    public async Task<Result<UserAccount>> VerifyPatientCodeAsync(string? iinText, string? code, string remoteAddress, CancellationToken cancellationToken = default)
    {
        var iin = Iin.Parse(iinText is null ? null : Iin.Normalize(iinText));
        if (iin.IsError)
        {
            return iin.Error;
        }

        var now = clock.GetUtcNow();
        var patient = await db.Users.SingleOrDefaultAsync(u => u.PatientIin == iin.Value.Value && !u.IsDisabled, cancellationToken);
        var pending = patient is null ? null : await db.OneTimeCodes
            .Where(c => c.UserId == patient.Id && c.UsedAt == null)
            .OrderByDescending(c => c.ExpiresAt).FirstOrDefaultAsync(cancellationToken);
        if (patient is null || pending is null || pending.ExpiresAt <= now || pending.Attempts >= options.OneTimeCodeAttempts)
        {
            await audit.AppendAsync(AuditActor.Anonymous(remoteAddress), "auth.code.verify", "patient", "-", iin.Value.Value, AuditOutcome.Denied, cancellationToken);
            return new OneTimeCodeInvalid();
        }

        var matches = CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(pending.CodeHash), Encoding.ASCII.GetBytes(HashOf(patient.Id, (code ?? string.Empty).Trim())));
        pending.Attempts++;
        if (matches)
        {
            pending.UsedAt = now;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(ActorOf(patient, remoteAddress), "auth.code.verify", "patient", patient.Id.ToString(), patient.PatientIin,
            matches ? AuditOutcome.Allowed : AuditOutcome.Denied, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return matches ? patient : new OneTimeCodeInvalid();
    }

    public static AuditActor ActorOf(UserAccount user, string remoteAddress) =>
        new(user.Id, user.Login, user.Role.ToString(), user.OrganizationId, remoteAddress);

    private static string HashOf(Guid userId, string code) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{userId:N}:{code}")));

    private static string Clip(string login) => login.Length > 100 ? login[..100] : login.Length == 0 ? "-" : login;
}
