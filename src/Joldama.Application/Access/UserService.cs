using Joldama.Application.Audit;
using Joldama.Application.Organizations;
using Joldama.Application.Shared;
using Joldama.Data;
using Joldama.Data.Access;
using Joldama.Domain.Access;
using Joldama.Domain.Audit;
using Joldama.Domain.Identifiers;
using Joldama.Domain.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Joldama.Application.Access;

/// <summary>Users: scoped reads (a user outside one's reach does not exist for the caller), audited changes.</summary>
public sealed class UserService(JoldamaDbContext db, OrganizationService organizations, IPasswordHasher<UserAccount> hasher, AuditLog audit, TimeProvider clock)
{
    /// <summary>Users whose organization is within reach; a patient sees only their own account.</summary>
    public IQueryable<UserAccount> Visible(AccessScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.Reach == RoleReach.Self)
        {
            return db.Users.AsNoTracking().Where(u => u.Id == scope.UserId);
        }

        var reachable = organizations.Visible(scope).Select(o => o.Id);
        return db.Users.AsNoTracking().Where(u => reachable.Contains(u.OrganizationId));
    }

    /// <summary>
    /// The users within reach, for a caller with <see cref="Permission.ViewUsers"/>. Every patient account in
    /// the answer is a read of patient data: each is audited, in one transaction.
    /// </summary>
    public async Task<IReadOnlyList<UserAccount>> ListAsync(AccessScope scope, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var users = await Visible(scope).OrderBy(u => u.Login).ToListAsync(cancellationToken);
        await RecordListedPatientsAsync(users, actor, cancellationToken);
        return users;
    }

    /// <summary>A list shown to someone is a read of every patient account in it: one audit record each, in one transaction.</summary>
    public async Task RecordListedPatientsAsync(IEnumerable<UserAccount> listed, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var patients = listed.Where(u => u.PatientIin is not null).ToList();
        if (patients.Count == 0)
        {
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var patient in patients)
        {
            await audit.AppendAsync(actor, "patient.read", "user", patient.Id.ToString(), patient.PatientIin, AuditOutcome.Allowed, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Whether the caller may read user <paramref name="id"/> at all: one's own account, or anyone's with ViewUsers (then reach decides).</summary>
    public static bool MayRead(AccessScope scope, Guid id)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return id == scope.UserId || scope.Can(Permission.ViewUsers);
    }

    /// <summary>Records a refused read of user <paramref name="id"/> when it is a patient's account.</summary>
    public async Task RecordRefusedReadAsync(Guid id, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var patientIin = await db.Users.Where(u => u.Id == id).Select(u => u.PatientIin).SingleOrDefaultAsync(cancellationToken);
        if (patientIin is not null)
        {
            await audit.AppendAsync(actor, "patient.read", "user", id.ToString(), patientIin, AuditOutcome.Denied, cancellationToken);
        }
    }

    /// <summary>Reads one user; reading a patient's account is reading patient data, so it is audited.</summary>
    public async Task<Result<UserAccount>> GetAsync(AccessScope scope, Guid id, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var user = await Visible(scope).SingleOrDefaultAsync(u => u.Id == id, cancellationToken);
        var patientIin = user is not null
            ? user.PatientIin
            : await db.Users.Where(u => u.Id == id).Select(u => u.PatientIin).SingleOrDefaultAsync(cancellationToken);
        if (patientIin is not null)
        {
            // A patient's account is patient data: the read is audited, and so is a refused one.
            await audit.AppendAsync(actor, "patient.read", "user", id.ToString(), patientIin, user is null ? AuditOutcome.Denied : AuditOutcome.Allowed, cancellationToken);
        }

        return user is null ? new UserNotFound(id) : user;
    }

    public async Task<Result<UserAccount>> CreateAsync(AccessScope scope, NewUser input, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var login = (input.Login ?? string.Empty).Trim().ToLowerInvariant();
        if (login.Length is < 3 or > 100 || !login.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_'))
        {
            return new InputInvalid("login", input.Login ?? string.Empty, "3..100 of a-z 0-9 . - _");
        }

        if (string.IsNullOrWhiteSpace(input.DisplayName) || input.DisplayName.Length > 200)
        {
            return new InputInvalid("displayName", input.DisplayName ?? string.Empty, "1..200 characters");
        }

        if (!Enum.TryParse<Role>(input.Role, ignoreCase: true, out var role) || !Enum.IsDefined(role) || int.TryParse(input.Role, out _))
        {
            return new InputInvalid("role", input.Role ?? string.Empty, string.Join('|', Enum.GetNames<Role>()));
        }

        var organization = await organizations.GetAsync(scope, input.OrganizationId, cancellationToken);
        if (organization.IsError)
        {
            return organization.Error;
        }

        var definition = Roles.Of(role);
        if (organization.Value.Kind != definition.OrganizationKind)
        {
            return new RoleNotForOrganization(role.ToString(), definition.OrganizationKind.ToString());
        }

        string? iin = null;
        if (role == Role.Patient)
        {
            var parsed = Iin.Parse(input.PatientIin is null ? null : Iin.Normalize(input.PatientIin));
            if (parsed.IsError)
            {
                return parsed.Error;
            }

            iin = parsed.Value.Value;
        }
        else if (!PasswordPolicy.IsAcceptable(input.Password))
        {
            return new PasswordWeak(PasswordPolicy.MinLength);
        }

        if (await db.Users.AnyAsync(u => u.Login == login || (iin != null && u.PatientIin == iin), cancellationToken))
        {
            return new LoginTaken(login);
        }

        var user = new UserAccount
        {
            Id = Guid.NewGuid(),
            Login = login,
            DisplayName = input.DisplayName.Trim(),
            OrganizationId = organization.Value.Id,
            Role = role,
            PatientIin = iin,
            Phone = string.IsNullOrWhiteSpace(input.Phone) ? null : input.Phone.Trim(),
            CreatedAt = clock.GetUtcNow(),
        };
        if (role != Role.Patient)
        {
            user.PasswordHash = hasher.HashPassword(user, input.Password!);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Users.Add(user);
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(actor, "user.create", "user", user.Id.ToString(), iin, AuditOutcome.Allowed, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return user;
    }
}
