namespace Joldama.Application.Conformity.Printing;

/// <summary>The language a printed form is laid out in: Kazakh is the seed's text, Russian an unofficial translation.</summary>
public enum PrintLanguage
{
    Kk,
    Ru,
}
