namespace Joldama.Domain.Catalog;

/// <summary>The two languages of every Joldama screen and document.</summary>
public enum TextLanguage
{
    Kk,
    Ru,
}
