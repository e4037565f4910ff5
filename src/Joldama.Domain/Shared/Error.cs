namespace Joldama.Domain.Shared;

/// <summary>
/// An expected, explainable failure. <see cref="Code"/> is stable: clients and the ru/kk text
/// resources key on it. <see cref="Message"/> is English, for logs and developers.
/// <see cref="Args"/> carries the values a localized message needs (a date, a number, a field).
/// </summary>
public abstract record Error(string Code, string Message)
{
    public virtual IReadOnlyDictionary<string, string> Args { get; init; } = new Dictionary<string, string>();
}

/// <summary>The input is malformed: a date that does not parse, an IIN with a letter in it.</summary>
public record ValidationError(string Code, string Message) : Error(Code, Message);

/// <summary>The thing asked for does not exist (or is outside the caller's reach).</summary>
public record NotFoundError(string Code, string Message) : Error(Code, Message);

/// <summary>The request conflicts with the current state.</summary>
public record ConflictError(string Code, string Message) : Error(Code, Message);

/// <summary>The input is well-formed but a rule of the law refuses it.</summary>
public record RuleViolation(string Code, string Message) : Error(Code, Message);
