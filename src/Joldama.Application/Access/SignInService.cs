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
/// sent by SMS. Every attempt, allowed or denied, is audited. Failed attempts are also counted per remote
/// address (<see cref="SignInFailure"/>): past <see cref="SignInSettings.MaxFailedAttemptsPerAddress"/> within
/// the window, the address is refused before any login, password or code is looked at.
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
        var now = clock.GetUtcNow();
        if (await ThrottledAsync(remoteAddress, now, cancellationToken) is { } throttled)
        {
            // The same for any login, known or not: nothing about the account is looked at.
            await audit.AppendAsync(AuditActor.Anonymous(remoteAddress) with { Login = Clip(normalized) }, "auth.signin.throttled", "user", "-", null, AuditOutcome.Denied, cancellationToken);
            return throttled;
        }

        var user = normalized.Length is > 0 and <= 100
            ? await db.Users.SingleOrDefaultAsync(u => u.Login == normalized && u.PatientIin == null, cancellationToken)
            : null;
        if (user is null || user.PasswordHash is null || user.IsDisabled)
        {
            hasher.VerifyHashedPassword(Nobody, NobodyHash, password ?? string.Empty);
            await CountFailureAsync(remoteAddress, now, cancellationToken);
            await audit.AppendAsync(AuditActor.Anonymous(remoteAddress) with { Login = Clip(normalized) }, "auth.signin", "user", "-", null, AuditOutcome.Denied, cancellationToken);
            return new InvalidCredentials();
        }

        var actor = ActorOf(user, remoteAddress);
        if (user.LockedUntil is { } until && until > now)
        {
            await CountFailureAsync(remoteAddress, now, cancellationToken);
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

            await CountFailureAsync(remoteAddress, now, cancellationToken);
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

        var now = clock.GetUtcNow();
        if (await ThrottledAsync(remoteAddress, now, cancellationToken) is { } throttled)
        {
            // No code is sent to anyone from an address that is guessing: its codes could not be used anyway.
            await audit.AppendAsync(AuditActor.Anonymous(remoteAddress), "auth.code.throttled", "patient", "-", iin.Value.Value, AuditOutcome.Denied, cancellationToken);
            return throttled;
        }

        var patient = await db.Users.SingleOrDefaultAsync(u => u.PatientIin == iin.Value.Value && !u.IsDisabled, cancellationToken);
        if (patient?.Phone is null)
        {
            await audit.AppendAsync(AuditActor.Anonymous(remoteAddress), "auth.code.request", "patient", "-", iin.Value.Value, AuditOutcome.Denied, cancellationToken);
            return true;
        }

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
        if (await ThrottledAsync(remoteAddress, now, cancellationToken) is { } throttled)
        {
            await audit.AppendAsync(AuditActor.Anonymous(remoteAddress), "auth.code.throttled", "patient", "-", iin.Value.Value, AuditOutcome.Denied, cancellationToken);
            return throttled;
        }

        var patient = await db.Users.SingleOrDefaultAsync(u => u.PatientIin == iin.Value.Value && !u.IsDisabled, cancellationToken);
        var pending = patient is null ? null : await db.OneTimeCodes
            .Where(c => c.UserId == patient.Id && c.UsedAt == null)
            .OrderByDescending(c => c.ExpiresAt).FirstOrDefaultAsync(cancellationToken);
        if (patient is null || pending is null || pending.ExpiresAt <= now || pending.Attempts >= options.OneTimeCodeAttempts)
        {
            await CountFailureAsync(remoteAddress, now, cancellationToken);
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
        else
        {
            await CountFailureAsync(remoteAddress, now, cancellationToken);
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

    /// <summary>
    /// The refusal for <paramref name="remoteAddress"/> when it has <see cref="SignInSettings.MaxFailedAttemptsPerAddress"/>
    /// failures within the window, with the seconds until enough of them have left it; otherwise null.
    /// </summary>
    private async Task<SignInThrottled?> ThrottledAsync(string remoteAddress, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (options.MaxFailedAttemptsPerAddress <= 0)
        {
            return null;
        }

        var address = ClipAddress(remoteAddress);
        var window = TimeSpan.FromMinutes(options.AddressWindowMinutes);
        var since = now - window;
        var recent = db.SignInFailures.Where(f => f.RemoteAddress == address && f.At > since);
        var failures = await recent.CountAsync(cancellationToken);
        if (failures < options.MaxFailedAttemptsPerAddress)
        {
            return null;
        }

        // Open again when fewer than the maximum remain in the window: when the (failures - max + 1)-th oldest leaves it.
        var freeing = await recent.OrderBy(f => f.At).Select(f => f.At)
            .Skip(failures - options.MaxFailedAttemptsPerAddress).Take(1).ToListAsync(cancellationToken);
        var until = (freeing.Count > 0 ? freeing[0] : now) + window;
        return new SignInThrottled(Math.Max(1, (int)Math.Ceiling((until - now).TotalSeconds)));
    }

    /// <summary>
    /// Counts a failed sign-in against its address (the row is saved with the audit record that follows, in its
    /// transaction) and deletes the failures of any address that have left the window, so the table stays small.
    /// </summary>
    private async Task CountFailureAsync(string remoteAddress, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (options.MaxFailedAttemptsPerAddress <= 0)
        {
            return;
        }

        var since = now - TimeSpan.FromMinutes(options.AddressWindowMinutes);
        await db.SignInFailures.Where(f => f.At <= since).ExecuteDeleteAsync(cancellationToken);
        db.SignInFailures.Add(new SignInFailure { Id = Guid.NewGuid(), RemoteAddress = ClipAddress(remoteAddress), At = now });
    }

    private static string HashOf(Guid userId, string code) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{userId:N}:{code}")));

    private static string ClipAddress(string remoteAddress) => remoteAddress.Length > 64 ? remoteAddress[..64] : remoteAddress;

    private static string Clip(string login) => login.Length > 100 ? login[..100] : login.Length == 0 ? "-" : login;
}
