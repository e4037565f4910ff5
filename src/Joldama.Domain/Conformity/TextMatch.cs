using System.Runtime.CompilerServices;
using Joldama.Domain.Catalog;

namespace Joldama.Domain.Conformity;

/// <summary>
/// How free text from a provider is matched to the words of seed 001 Appendix 2: trimmed, runs of white space
/// folded to one space, case ignored (ordinal, culture-independent).
/// </summary>
/// <remarks>
/// An evaluation compares every certificate and device of a provider with every requirement, so the same texts are
/// folded again and again; folding them each time was most of its cost (docs/PERFORMANCE.md, "Conformity"). Each
/// text instance is folded once and its folded form kept beside it, for as long as the text itself lives (a weak
/// table: nothing is kept for a provider whose objects are gone). Comparisons are exactly those of the folded strings.
/// </remarks>
internal static class TextMatch
{
    // Texts up to this length are folded on the stack; longer ones (none in Appendix 2 so far) on the heap.
    private const int StackLimit = 512;

    private static readonly ConditionalWeakTable<string, string> FoldedTexts = new();

    public static string Fold(string text)
    {
        Span<char> buffer = text.Length <= StackLimit ? stackalloc char[text.Length] : new char[text.Length];
        var folded = buffer[..Fold(text, buffer)];
        return folded.SequenceEqual(text) ? text : new string(folded);
    }

    /// <summary>Equal to the kk or the ru text after folding.</summary>
    public static bool SameAs(string text, BilingualText target)
    {
        var folded = Folded(text);
        return string.Equals(folded, Folded(target.Kk), StringComparison.OrdinalIgnoreCase)
            || string.Equals(folded, Folded(target.Ru), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>One contains the other, in kk or ru, after folding; an empty side matches nothing.</summary>
    public static bool Loosely(string text, BilingualText target) =>
        Contains(text, target.Kk) || Contains(text, target.Ru);

    public static string Both(BilingualText text) =>
        string.Equals(text.Kk, text.Ru, StringComparison.Ordinal) ? text.Ru : $"{text.Kk} / {text.Ru}";

    private static bool Contains(string a, string b)
    {
        var x = Folded(a);
        var y = Folded(b);
        return x.Length > 0 && y.Length > 0
            && (x.Contains(y, StringComparison.OrdinalIgnoreCase) || y.Contains(x, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary><see cref="Fold(string)"/>, once per text instance.</summary>
    private static string Folded(string text) => FoldedTexts.GetValue(text, Fold);

    /// <summary>Writes the folded <paramref name="text"/> to <paramref name="destination"/> (at least as long) and returns its length.</summary>
    private static int Fold(ReadOnlySpan<char> text, Span<char> destination)
    {
        var length = 0;
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
                destination[length++] = ' ';
                space = false;
            }

            destination[length++] = c;
        }

        return length;
    }
}
