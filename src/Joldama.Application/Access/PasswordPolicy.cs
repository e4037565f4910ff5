using System.Collections.Frozen;

namespace Joldama.Application.Access;

/// <summary>
/// ASVS 6.2: at least 12 characters (15 recommended), at most 128, no composition rules, not a
/// common password. The list is short on purpose: the worst offenders seen in leaks, incl. Cyrillic ones.
/// </summary>
public static class PasswordPolicy
{
    public const int MinLength = 12;
    public const int MaxLength = 128;

    private static readonly FrozenSet<string> Common = new[]
    {
        "123456789012", "1234567890123", "qwertyuiop12", "password1234", "passwordpassword", "qwerty123456", "111111111111",
        "123123123123", "iloveyou1234", "admin1234567", "joldama12345", "йцукенгшщзхъ", "пароль123456", "qwertyqwerty",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static bool IsAcceptable(string? password) =>
        password is { Length: >= MinLength and <= MaxLength } && !Common.Contains(password) && password.Distinct().Count() > 3;
}
