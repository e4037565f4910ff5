using SkiaSharp;

namespace Joldama.Application.Conformity.Printing;

/// <summary>
/// A tiny flow layout on A4 pages: a cursor moving down, pages added when it reaches the bottom margin,
/// and word wrapping, so no text is ever cut. Drawing is recorded per page and written at the end,
/// because the footer needs the page count.
/// </summary>
internal sealed class PdfPages : IDisposable
{
    // A4 in points (Skia's PDF unit is 1/72 inch); margins 20 mm left (binding), 15 mm elsewhere,
    // with room under the bottom margin for the footer.
    public const float PageWidth = 595.28f;
    public const float PageHeight = 841.89f;
    public const float Left = 56.7f;
    public const float Right = 42.5f;
    public const float Top = 42.5f;
    public const float Bottom = 62f;
    public const float ContentWidth = PageWidth - Left - Right;
    public const float UsableHeight = PageHeight - Top - Bottom;

    private readonly List<List<Action<SKCanvas>>> pages = [];
    private readonly Dictionary<(bool Bold, float Size), SKFont> fonts = [];
    private readonly Dictionary<(SKColor Color, SKPaintStyle Style, float Width), SKPaint> paints = [];

    public PdfPages() => NewPage();

    /// <summary>Top of the free space on the current page.</summary>
    public float Y { get; set; }

    public float Remaining => PageHeight - Bottom - Y;

    public SKPaint Ink { get; } = new() { Color = SKColors.Black, IsAntialias = true };

    public void NewPage()
    {
        pages.Add([]);
        Y = Top;
    }

    /// <summary>Starts a new page unless <paramref name="height"/> still fits (or the page is still empty).</summary>
    public void KeepTogether(float height)
    {
        if (height > Remaining && Y > Top)
        {
            NewPage();
        }
    }

    public void Draw(Action<SKCanvas> op) => pages[^1].Add(op);

    public SKFont Font(bool bold, float size)
    {
        if (!fonts.TryGetValue((bold, size), out var font))
        {
            // Unhinted linear advances: the widths the PDF viewer uses, so measured wrapping matches the page.
            font = new SKFont(bold ? PdfFonts.Bold : PdfFonts.Regular, size)
            {
                Subpixel = true,
                LinearMetrics = true,
                Hinting = SKFontHinting.None,
            };
            fonts.Add((bold, size), font);
        }
        return font;
    }

    public static float LineHeight(float size) => size * 1.25f;

    /// <summary>Distance from a line's top to its baseline, centring the font's ascent+descent in the line.</summary>
    public static float Baseline(SKFont font)
    {
        var m = font.Metrics;
        return ((LineHeight(font.Size) - (m.Descent - m.Ascent)) / 2) - m.Ascent;
    }

    /// <summary>Draws one line of text whose top is at <paramref name="top"/>.</summary>
    public void Text(string text, float x, float top, SKFont font, SKTextAlign align = SKTextAlign.Left)
    {
        var y = top + Baseline(font);
        var ink = Ink;
        Draw(c => c.DrawText(text, x, y, align, font, ink));
    }

    /// <summary>Wraps and draws a paragraph in the flow, breaking pages between lines.</summary>
    public void Paragraph(string text, SKFont font, float x = Left, float width = ContentWidth, SKTextAlign align = SKTextAlign.Left)
    {
        var lh = LineHeight(font.Size);
        var anchor = align switch
        {
            SKTextAlign.Center => x + (width / 2),
            SKTextAlign.Right => x + width,
            _ => x,
        };
        foreach (var line in TextWrap.Lines(text, font, width))
        {
            KeepTogether(lh);
            Text(line, anchor, Y, font, align);
            Y += lh;
        }
    }

    public void HorizontalLine(float x1, float x2, float y, float width = 0.6f)
    {
        var pen = Paint(SKColors.Black, SKPaintStyle.Stroke, width);
        Draw(c => c.DrawLine(x1, y, x2, y, pen));
    }

    public void Rect(SKRect rect, SKColor? fill, float stroke = 0.6f)
    {
        if (fill is { } color)
        {
            var brush = Paint(color, SKPaintStyle.Fill, 0);
            Draw(c => c.DrawRect(rect, brush));
        }
        var pen = Paint(SKColors.Black, SKPaintStyle.Stroke, stroke);
        Draw(c => c.DrawRect(rect, pen));
    }

    public SKPaint Paint(SKColor color, SKPaintStyle style, float width)
    {
        if (!paints.TryGetValue((color, style, width), out var paint))
        {
            paint = new SKPaint { Color = color, Style = style, StrokeWidth = width, IsAntialias = true };
            paints.Add((color, style, width), paint);
        }
        return paint;
    }

    /// <summary>Writes every page to a PDF; <paramref name="footer"/> draws under the bottom margin of page n of total.</summary>
    public byte[] Write(SKDocumentPdfMetadata metadata, Action<SKCanvas, int, int> footer)
    {
        using var output = new MemoryStream();
        using (var document = SKDocument.CreatePdf(output, metadata))
        {
            for (var i = 0; i < pages.Count; i++)
            {
                var canvas = document.BeginPage(PageWidth, PageHeight);
                foreach (var op in pages[i])
                {
                    op(canvas);
                }
                footer(canvas, i + 1, pages.Count);
                document.EndPage();
            }
            document.Close();
        }
        return output.ToArray();
    }

    public void Dispose()
    {
        foreach (var font in fonts.Values)
        {
            font.Dispose();
        }
        foreach (var paint in paints.Values)
        {
            paint.Dispose();
        }
        Ink.Dispose();
    }
}
