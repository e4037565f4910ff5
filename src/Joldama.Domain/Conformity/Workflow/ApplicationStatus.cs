namespace Joldama.Domain.Conformity.Workflow;

/// <summary>
/// Where an application stands. Filing registers it and the machine evaluates it at once; the inspector decides
/// each criterion; the head signs (§27), which concludes it, or returns it; the provider may withdraw it before it is signed.
/// </summary>
public enum ApplicationStatus
{
    UnderReview,
    AwaitingSignature,
    Concluded,
    Withdrawn,
}
