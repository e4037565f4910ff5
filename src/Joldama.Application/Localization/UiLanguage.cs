using System.Globalization;
using Joldama.Domain.Catalog;

namespace Joldama.Application.Localization;

/// <summary>The language of the current request or command (its UI culture): Kazakh, else Russian.</summary>
public static class UiLanguage
{
    public static bool IsKazakh => string.Equals(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, "kk", StringComparison.Ordinal);

    public static TextLanguage Current => IsKazakh ? TextLanguage.Kk : TextLanguage.Ru;

    /// <summary>"kk" or "ru".</summary>
    public static string Code => IsKazakh ? "kk" : "ru";
}
