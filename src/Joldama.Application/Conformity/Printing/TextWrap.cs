using SkiaSharp;

namespace Joldama.Application.Conformity.Printing;

/// <summary>
/// Greedy word wrap by measured width. A word wider than the whole line breaks at a soft hyphen
/// (U+00AD, printed as "-"), else after a hyphen, else anywhere; nothing is ever cut off.
/// </summary>
internal static class TextWrap
{
    public const char SoftHyphen = '\u00AD';

    public static List<string> Lines(string? text, SKFont font, float width)
    {
        var lines = new List<string>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return lines;
        }
        foreach (var paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (Measure(candidate, font) <= width)
                {
                    line = candidate;
                    continue;
                }
                if (line.Length > 0)
                {
                    lines.Add(Plain(line));
                }
                line = word;
                while (Measure(line, font) > width)
                {
                    var (head, remainder) = Split(line, font, width);
                    lines.Add(head);
                    line = remainder;
                }
            }
            lines.Add(Plain(line));
        }
        return lines;
    }

    /// <summary>
    /// The widest word of <paramref name="text"/>, or with <paramref name="pieces"/> the widest piece
    /// between soft hyphens: the narrowest line that wrapping can fill without breaking inside a piece.
    /// </summary>
    public static float Widest(string text, SKFont font, bool pieces) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(w =>
            {
                var parts = pieces ? w.Split(SoftHyphen) : [Plain(w)];
                return parts.Select((p, i) => i < parts.Length - 1 ? p + "-" : p);
            })
            .Max(p => font.MeasureText(p));

    private static string Plain(string text) => text.Replace(SoftHyphen.ToString(), "", StringComparison.Ordinal);

    private static float Measure(string text, SKFont font) => font.MeasureText(Plain(text));

    /// <summary>Splits an over-long word into what fits on this line and the rest.</summary>
    private static (string Line, string Remainder) Split(string word, SKFont font, float width)
    {
        for (var i = word.Length - 1; i > 0; i--)
        {
            if (word[i] == SoftHyphen && Measure(word[..i] + "-", font) <= width)
            {
                return (Plain(word[..i]) + "-", word[(i + 1)..]);
            }
        }
        var fit = 1;
        while (fit < word.Length && Measure(word[..(fit + 1)], font) <= width)
        {
            fit++;
        }
        // Never half a surrogate pair.
        if (fit < word.Length && char.IsLowSurrogate(word[fit]))
        {
            fit += fit > 1 ? -1 : 1;
        }
        var hyphen = word.LastIndexOf('-', fit - 1);
        var cut = hyphen > 0 ? hyphen + 1 : fit;
        return (Plain(word[..cut]), word[cut..]);
    }
}
