using SkiaSharp;

namespace Joldama.Application.Conformity.Printing;

/// <summary>
/// DejaVu Sans, embedded in this assembly (Fonts/LICENSE.txt): it has every Kazakh letter
/// (ә ғ қ ң ө ұ ү һ і) and ✓, and a server needs no installed font or fontconfig.
/// Loaded once; a typeface is immutable, so all renders share it.
/// </summary>
internal static class PdfFonts
{
    private static readonly Lazy<SKTypeface> RegularFace = new(() => Load("DejaVuSans.ttf"));
    private static readonly Lazy<SKTypeface> BoldFace = new(() => Load("DejaVuSans-Bold.ttf"));

    public static SKTypeface Regular => RegularFace.Value;

    public static SKTypeface Bold => BoldFace.Value;

    private static SKTypeface Load(string file)
    {
        // The LogicalName given in Joldama.Application.csproj.
        var name = "Joldama.Fonts." + file;
        using var stream = typeof(PdfFonts).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Font resource {name} is not embedded.");
        using var data = SKData.Create(stream);
        return SKTypeface.FromData(data) ?? throw new InvalidOperationException($"Font resource {name} is not a font.");
    }
}
