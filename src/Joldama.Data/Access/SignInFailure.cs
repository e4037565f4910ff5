namespace Joldama.Data.Access;

/// <summary>
/// One failed sign-in (wrong or unknown password login, wrong or expired SMS code) from a remote address,
/// counted to throttle guessing from one address over many accounts. Kept in the database, not in memory,
/// because several instances share it; rows older than the window are deleted as new failures come in.
/// </summary>
public sealed class SignInFailure
{
    public Guid Id { get; set; }

    public required string RemoteAddress { get; set; }

    public DateTimeOffset At { get; set; }
}
