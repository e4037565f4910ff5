using System.Text;
using Joldama.Domain.Catalog;

namespace Joldama.Domain.Conformity;

/// <summary>
/// How free text from a provider is matched to the words of seed 001 Appendix 2: trimmed, runs of white space
/// folded to one space, case ignored (ordinal, culture-independent).
/// </summary>
internal static class TextMatch
{
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Equal to the kk or the ru text after folding.</summary>
    public static bool SameAs(string text, BilingualText target) =>
        Equal(text, target.Kk) || Equal(text, target.Ru);

    /// <summary>One contains the other, in kk or ru, after folding; an empty side matches nothing.</summary>
    public static bool Loosely(string text, BilingualText target) =>
        Contains(text, target.Kk) || Contains(text, target.Ru);

    public static string Both(BilingualText text) =>
        string.Equals(text.Kk, text.Ru, StringComparison.Ordinal) ? text.Ru : $"{text.Kk} / {text.Ru}";

    private static bool Equal(string a, string b) => string.Equals(Fold(a), Fold(b), StringComparison.OrdinalIgnoreCase);

    private static bool Contains(string a, string b)
    {
        var x = Fold(a);
        var y = Fold(b);
        return x.Length > 0 && y.Length > 0
            && (x.Contains(y, StringComparison.OrdinalIgnoreCase) || y.Contains(x, StringComparison.OrdinalIgnoreCase));
    }
}
