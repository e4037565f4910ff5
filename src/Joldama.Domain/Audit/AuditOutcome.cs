namespace Joldama.Domain.Audit;

public enum AuditOutcome
{
    Allowed,
    Denied,
}
