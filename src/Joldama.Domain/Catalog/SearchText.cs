using System.Text;

namespace Joldama.Domain.Catalog;

/// <summary>
/// Folds text for catalog search: lower case, «ё» as «е», and the Kazakh letters as the Russian
/// look-alikes people type on a Russian keyboard (қ→к, ө→о, ү/ұ→у, і→и, ә→а, ғ→г, ң→н, һ→х), so
/// «жүрек», «журек» and «ЖҮРЕК» find the same rows. Every punctuation mark but the dot of a code
/// (hyphens and dashes of any kind, quotes, brackets, «;», «:», «…») becomes a single space.
/// </summary>
public static class SearchText
{
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        var lastWasSpace = true;
        foreach (var c in text)
        {
            if (char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format)
            {
                continue; // zero-width joiners and marks pasted from documents
            }

            var folded = FoldChar(char.ToLowerInvariant(c));
            if (folded == ' ')
            {
                if (!lastWasSpace)
                {
                    builder.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            builder.Append(folded);
            lastWasSpace = false;
        }

        return builder.ToString().TrimEnd();
    }

    private static char FoldChar(char c) => c switch
    {
        'ё' => 'е',
        'қ' => 'к',
        'ө' => 'о',
        'ү' or 'ұ' => 'у',
        'і' => 'и',
        'ә' => 'а',
        'ғ' => 'г',
        'ң' => 'н',
        'һ' => 'х',
        '.' => '.', // kept: codes are searched by prefix ("35.2")
        _ when char.IsWhiteSpace(c) || char.IsPunctuation(c) => ' ',
        _ => c,
    };
}
