using System.Globalization;
using System.Xml.Linq;
using Shortfall.Analysis.Charts;

namespace Shortfall.Tests.Charts;

/// <summary>A rendered chart parsed as XML, with lookups by CSS class and numeric attributes.</summary>
internal sealed class ChartSvg
{
    public static readonly XNamespace Svg = SvgWriter.Namespace;

    private ChartSvg(string text, XDocument document)
    {
        Text = text;
        Document = document;
    }

    public string Text { get; }

    public XDocument Document { get; }

    public XElement Root => Document.Root!;

    /// <summary>Parses <paramref name="text"/>; throws (failing the test) if it is not well-formed XML.</summary>
    public static ChartSvg Parse(string text) => new(text, XDocument.Parse(text));

    /// <summary>Elements whose class list contains every one of <paramref name="classes"/> (space separated).</summary>
    public IReadOnlyList<XElement> WithClass(string classes)
    {
        var wanted = classes.Split(' ');
        return Root.Descendants()
            .Where(e => ((string?)e.Attribute("class"))?.Split(' ') is { } has && wanted.All(has.Contains))
            .ToList();
    }

    /// <summary>The single element with these classes.</summary>
    public XElement Single(string classes) => Assert.Single(WithClass(classes));

    public PlotArea Plot
    {
        get
        {
            var rect = Single("plot-area");
            return new PlotArea(Number(rect, "x"), Number(rect, "y"), Number(rect, "width"), Number(rect, "height"));
        }
    }

    /// <summary>The domain an axis group declares in its data attributes.</summary>
    public (double Min, double Max) Domain(string axisClasses)
    {
        var axis = Single(axisClasses);
        return (Number(axis, "data-domain-min"), Number(axis, "data-domain-max"));
    }

    public static double Number(XElement element, string attribute) =>
        double.Parse((string?)element.Attribute(attribute) ?? throw new InvalidOperationException(
            $"<{element.Name.LocalName}> has no {attribute} attribute."), CultureInfo.InvariantCulture);

    /// <summary>The vertices of a polyline or polygon.</summary>
    public static List<(double X, double Y)> Points(XElement poly) =>
        ((string)poly.Attribute("points")!).Split(' ')
            .Select(p => p.Split(','))
            .Select(p => (double.Parse(p[0], CultureInfo.InvariantCulture), double.Parse(p[1], CultureInfo.InvariantCulture)))
            .ToList();

    /// <summary>Maps a value through the numeric axis <paramref name="axisClasses"/> as its declared domain and
    /// the plot area say it must: left to right for "axis x", bottom to top for "axis y".</summary>
    public double Map(string axisClasses, double value)
    {
        var (min, max) = Domain(axisClasses);
        var plot = Plot;
        var share = (value - min) / (max - min);
        return axisClasses == "axis x" ? plot.Left + share * plot.Width : plot.Bottom - share * plot.Height;
    }

    /// <summary>The largest error after rounding to <see cref="SvgNumber.Decimals"/>.</summary>
    public static double RoundingError => 0.5 * Math.Pow(10, -SvgNumber.Decimals);
}
