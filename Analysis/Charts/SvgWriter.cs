using System.Text;

namespace Shortfall.Analysis.Charts;

/// <summary>Writes one standalone SVG document element by element. Output depends only on the calls made:
/// numbers go through <see cref="SvgNumber"/>, text through <see cref="MarkupText"/>, attributes are written
/// in a fixed order, and lines end in "\n", so equal input gives byte-identical SVG.</summary>
public sealed class SvgWriter
{
    /// <summary>The SVG namespace URI of the root element.</summary>
    public const string Namespace = "http://www.w3.org/2000/svg";

    private const string FontFamily = "Helvetica, Arial, sans-serif";

    private readonly StringBuilder _text = new();
    private int _openGroups;
    private bool _finished;

    /// <summary>Starts a document of the given pixel size whose accessible name is <paramref name="title"/>
    /// and whose longer description is <paramref name="description"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A size is not positive and finite.</exception>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    public SvgWriter(double width, double height, string title, string description)
    {
        if (!(double.IsFinite(width) && width > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(width), width, "Width must be positive and finite.");
        }
        if (!(double.IsFinite(height) && height > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(height), height, "Height must be positive and finite.");
        }
        var w = SvgNumber.Format(width);
        var h = SvgNumber.Format(height);
        _text.Append($"<svg xmlns=\"{Namespace}\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\"")
            .Append($" role=\"img\" font-family=\"{FontFamily}\" class=\"shortfall-chart\">\n");
        _text.Append($"  <title>{MarkupText.Escape(title)}</title>\n");
        _text.Append($"  <desc>{MarkupText.Escape(description)}</desc>\n");
    }

    /// <summary>Opens a <c>&lt;g&gt;</c> grouping the following elements under <paramref name="cssClass"/>.</summary>
    public void OpenGroup(string cssClass, params ReadOnlySpan<DataAttribute> data)
    {
        Indent().Append("<g");
        AppendAttribute("class", cssClass);
        AppendData(data);
        _text.Append(">\n");
        _openGroups++;
    }

    /// <summary>Closes the innermost open group.</summary>
    /// <exception cref="InvalidOperationException">No group is open.</exception>
    public void CloseGroup()
    {
        if (_openGroups == 0)
        {
            throw new InvalidOperationException("There is no open group to close.");
        }
        _openGroups--;
        Indent().Append("</g>\n");
    }

    /// <summary>A rectangle; a negative width or height is drawn from the other corner, as the
    /// geometry is normalised to positive size.</summary>
    public void Rect(double x, double y, double width, double height, string cssClass, Paint paint,
        params ReadOnlySpan<DataAttribute> data)
    {
        var left = Math.Min(x, x + width);
        var top = Math.Min(y, y + height);
        Indent().Append("<rect");
        AppendAttribute("class", cssClass);
        AppendNumber("x", left);
        AppendNumber("y", top);
        AppendNumber("width", Math.Abs(width));
        AppendNumber("height", Math.Abs(height));
        AppendPaint(paint);
        AppendData(data);
        _text.Append("/>\n");
    }

    /// <summary>A straight line segment.</summary>
    public void Line(double x1, double y1, double x2, double y2, string cssClass, Paint paint,
        params ReadOnlySpan<DataAttribute> data)
    {
        Indent().Append("<line");
        AppendAttribute("class", cssClass);
        AppendNumber("x1", x1);
        AppendNumber("y1", y1);
        AppendNumber("x2", x2);
        AppendNumber("y2", y2);
        AppendPaint(paint);
        AppendData(data);
        _text.Append("/>\n");
    }

    /// <summary>An open polyline through <paramref name="points"/> in order.</summary>
    public void Polyline(IEnumerable<(double X, double Y)> points, string cssClass, Paint paint,
        params ReadOnlySpan<DataAttribute> data) => Poly("polyline", points, cssClass, paint, data);

    /// <summary>A closed polygon through <paramref name="points"/> in order.</summary>
    public void Polygon(IEnumerable<(double X, double Y)> points, string cssClass, Paint paint,
        params ReadOnlySpan<DataAttribute> data) => Poly("polygon", points, cssClass, paint, data);

    /// <summary>A circle of radius <paramref name="radius"/> pixels.</summary>
    public void Circle(double cx, double cy, double radius, string cssClass, Paint paint,
        params ReadOnlySpan<DataAttribute> data)
    {
        Indent().Append("<circle");
        AppendAttribute("class", cssClass);
        AppendNumber("cx", cx);
        AppendNumber("cy", cy);
        AppendNumber("r", radius);
        AppendPaint(paint);
        AppendData(data);
        _text.Append("/>\n");
    }

    /// <summary>One line of text at (x, y), escaped.</summary>
    public void Text(double x, double y, string content, string cssClass, TextStyle style)
    {
        Indent().Append("<text");
        AppendAttribute("class", cssClass);
        AppendNumber("x", x);
        AppendNumber("y", y);
        if (style.CentreVertically)
        {
            // dy rather than dominant-baseline: every renderer honours it.
            AppendAttribute("dy", "0.35em");
        }
        AppendNumber("font-size", style.Size);
        if (style.Bold)
        {
            AppendAttribute("font-weight", "bold");
        }
        if (style.Anchor != TextAnchor.Start)
        {
            AppendAttribute("text-anchor", style.Anchor == TextAnchor.Middle ? "middle" : "end");
        }
        AppendAttribute("fill", style.Colour);
        if (style.Rotation != 0)
        {
            AppendAttribute("transform",
                $"rotate({SvgNumber.Format(style.Rotation)} {SvgNumber.Format(x)} {SvgNumber.Format(y)})");
        }
        _text.Append('>').Append(MarkupText.Escape(content)).Append("</text>\n");
    }

    /// <summary>Closes the document and returns it.</summary>
    /// <exception cref="InvalidOperationException">A group is still open, or the document was already finished.</exception>
    public string Finish()
    {
        if (_finished)
        {
            throw new InvalidOperationException("The document is already finished.");
        }
        if (_openGroups != 0)
        {
            throw new InvalidOperationException($"{_openGroups} group(s) are still open.");
        }
        _finished = true;
        return _text.Append("</svg>\n").ToString();
    }

    private void Poly(string element, IEnumerable<(double X, double Y)> points, string cssClass, Paint paint,
        ReadOnlySpan<DataAttribute> data)
    {
        var coordinates = string.Join(' ', points.Select(p => $"{SvgNumber.Format(p.X)},{SvgNumber.Format(p.Y)}"));
        Indent().Append('<').Append(element);
        AppendAttribute("class", cssClass);
        AppendAttribute("points", coordinates);
        AppendPaint(paint);
        AppendData(data);
        _text.Append("/>\n");
    }

    private StringBuilder Indent()
    {
        if (_finished)
        {
            throw new InvalidOperationException("The document is already finished.");
        }
        return _text.Append(' ', 2 * (_openGroups + 1));
    }

    private void AppendPaint(Paint paint)
    {
        AppendAttribute("fill", paint.Fill ?? "none");
        if (paint.Stroke is not null)
        {
            AppendAttribute("stroke", paint.Stroke);
            AppendNumber("stroke-width", paint.StrokeWidth);
            if (paint.Dash is not null)
            {
                AppendAttribute("stroke-dasharray", paint.Dash);
            }
        }
        if (paint.Opacity != 1)
        {
            AppendNumber("opacity", paint.Opacity);
        }
    }

    private void AppendData(ReadOnlySpan<DataAttribute> data)
    {
        foreach (var attribute in data)
        {
            AppendAttribute("data-" + attribute.Name, attribute.Value);
        }
    }

    private void AppendNumber(string name, double value) => AppendAttribute(name, SvgNumber.Format(value));

    private void AppendAttribute(string name, string value) =>
        _text.Append(' ').Append(name).Append("=\"").Append(MarkupText.Escape(value)).Append('"');
}
