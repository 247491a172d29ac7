using System.Security;
using System.Text;
using System.Text.RegularExpressions;
using Shortfall.Analysis.Output;
using SkiaSharp;

namespace Shortfall.Analysis.Charts;

/// <summary>
/// Turns a <see cref="PlottedChart"/> into its files: an SVG (with title and description, ids made unique so
/// several can sit in one page, the font named with a generic fallback) and a PNG at
/// <see cref="PngScale"/> times the size, for slides. Both are drawn from the same plot, so they show the same
/// thing; both are the same bytes for the same chart on any machine, since the font is bundled.
/// Other modules save a chart with <c>ChartFiles.Write(folder, "name", chart, png: true)</c>.
/// </summary>
public static partial class ChartFiles
{
    /// <summary>The PNG's pixels per CSS pixel: 720 × 420 becomes 1440 × 840, sharp on a projected slide.</summary>
    public const int PngScale = 2;

    // Skia's default PNG encoding tries all five row filters on every row at zlib level 6: four fifths of a chart's PNG time,
    // for files 20-35 % smaller than the Up filter alone at level 3 gives on the report's charts (README, First run).
    private static readonly SKPngEncoderOptions PngEncoding = new(SKPngEncoderFilterFlags.Up, zLibLevel: 3);

    /// <summary>The class of every chart's root svg element, for the report's style sheet.</summary>
    public const string SvgClass = "shortfall-chart";

    /// <summary>The chart as a standalone SVG document without an XML declaration (so it can be inlined in
    /// HTML), whose ids all start with <paramref name="idPrefix"/>.</summary>
    public static string Svg(PlottedChart chart, string idPrefix)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentException.ThrowIfNullOrWhiteSpace(idPrefix);
        lock (chart.Plot)
        {
            chart.Plot.ScaleFactor = 1;
            var svg = SvgXml(chart.Plot, chart.Width, chart.Height);
            svg = NumberIds(svg[svg.IndexOf("<svg", StringComparison.Ordinal)..].Trim(), idPrefix);
            // The xlink namespace is declared whether or not anything uses it; a page that names no URL is simpler to trust.
            if (!svg.Contains("xlink:href", StringComparison.Ordinal))
            {
                svg = svg.Replace(" xmlns:xlink=\"http://www.w3.org/1999/xlink\"", "", StringComparison.Ordinal);
            }
            svg = svg.Replace($"font-family=\"{ChartFont.Family}\"", $"font-family=\"{ChartFont.Family}, Verdana, sans-serif\"", StringComparison.Ordinal);
            var open = svg.IndexOf('>', StringComparison.Ordinal);
            var head = $" class=\"{SvgClass}\" viewBox=\"0 0 {chart.Width} {chart.Height}\" role=\"img\" " +
                $"aria-labelledby=\"{idPrefix}-title {idPrefix}-desc\">\n" +
                $"\t<title id=\"{idPrefix}-title\">{SecurityElement.Escape(chart.Title)}</title>\n" +
                $"\t<desc id=\"{idPrefix}-desc\">{SecurityElement.Escape(chart.Description)}</desc>";
            return svg[..open] + head + svg[(open + 1)..] + "\n";
        }
    }

    /// <summary>The chart as a PNG of <see cref="PngScale"/> times its size, with tEXt Title, Description and the axes' titles (X axis, Y axis),
    /// so that a picture pasted alone still says what it shows, and a test can compare it with the SVG.</summary>
    public static byte[] Png(PlottedChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        lock (chart.Plot)
        {
            chart.Plot.ScaleFactor = PngScale;
            try
            {
                var png = Encode(chart.Plot, chart.Width * PngScale, chart.Height * PngScale);
                return PngText.With(png, [("Title", chart.Title), ("Description", chart.Description),
                    ("X axis", chart.Plot.Axes.Bottom.Label.Text), ("Y axis", chart.Plot.Axes.Left.Label.Text)]);
            }
            finally
            {
                chart.Plot.ScaleFactor = 1;
            }
        }
    }

    /// <summary>The SVG with every id renumbered <paramref name="idPrefix"/>-1, -2, … by order of appearance: Skia numbers clip paths
    /// from a counter shared by the whole process.</summary>
    internal static string NumberIds(string svg, string idPrefix)
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        return Ids().Replace(svg, m =>
        {
            var id = m.Groups[2].Value;
            if (!numbers.TryGetValue(id, out var n))
            {
                numbers[id] = n = numbers.Count + 1;
            }
            return $"{m.Groups[1].Value}{idPrefix}-{n}";
        });
    }

    /// <summary>The plot drawn on an SVG canvas as ScottPlot's own SVG export draws it. That export first draws the plot on a bitmap
    /// it throws away, so that the layout has settled before the SVG is drawn (a render whose layout changes draws again, which on an
    /// SVG canvas would draw everything twice); a canvas that draws nothing settles the layout as well, without rasterising.</summary>
    internal static string SvgXml(ScottPlot.Plot plot, int width, int height)
    {
        using (var layout = new SKNoDrawCanvas(width, height))
        {
            plot.Render(layout, width, height);
        }
        using var stream = new MemoryStream();
        using (var canvas = SKSvgCanvas.Create(new SKRect(0, 0, width, height), stream))
        {
            var clear = plot.RenderManager.ClearCanvasBeforeEachRender;
            plot.RenderManager.ClearCanvasBeforeEachRender = false;
            try
            {
                plot.Render(canvas, width, height);
            }
            finally
            {
                plot.RenderManager.ClearCanvasBeforeEachRender = clear;
            }
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The plot drawn as ScottPlot's own PNG export draws it (RGBA, premultiplied), encoded with <see cref="PngEncoding"/>.</summary>
    private static byte[] Encode(ScottPlot.Plot plot, int width, int height)
    {
        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul))
            ?? throw new InvalidOperationException($"Skia could not make a {width} x {height} surface for a chart.");
        plot.Render(surface.Canvas, width, height);
        using var pixels = surface.PeekPixels();
        using var encoded = pixels.Encode(PngEncoding) ?? throw new InvalidOperationException("Skia could not encode a chart as PNG.");
        return encoded.ToArray();
    }

    /// <summary>Writes <paramref name="name"/>.svg and, if <paramref name="png"/>, <paramref name="name"/>.png into
    /// <paramref name="folder"/> (which must exist), each atomically; returns the paths written.</summary>
    public static IReadOnlyList<string> Write(string folder, string name, PlottedChart chart, bool png)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var svgPath = Path.Combine(folder, name + ".svg");
        AtomicFile.WriteAllBytes(svgPath, Encoding.UTF8.GetBytes(Svg(chart, name)));
        if (!png)
        {
            return [svgPath];
        }
        var pngPath = Path.Combine(folder, name + ".png");
        AtomicFile.WriteAllBytes(pngPath, Png(chart));
        return [svgPath, pngPath];
    }

    // An id and every reference to one: id="x", url(#x), href="#x".
    [GeneratedRegex("(id=\"|url\\(#|href=\"#)([A-Za-z_][\\w.-]*)")]
    private static partial Regex Ids();
}
