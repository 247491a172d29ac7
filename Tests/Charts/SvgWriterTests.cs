using System.Xml.Linq;
using Shortfall.Analysis.Charts;

namespace Shortfall.Tests.Charts;

public class SvgWriterTests
{
    [Fact]
    public void A_document_has_the_svg_namespace_size_title_and_description()
    {
        var svg = new SvgWriter(300, 200, "T & t", "D < d").Finish();
        var root = XDocument.Parse(svg).Root!;

        Assert.Equal(XName.Get("svg", SvgWriter.Namespace), root.Name);
        Assert.Equal("0 0 300 200", (string?)root.Attribute("viewBox"));
        Assert.Equal("T & t", root.Element(XName.Get("title", SvgWriter.Namespace))!.Value);
        Assert.Equal("D < d", root.Element(XName.Get("desc", SvgWriter.Namespace))!.Value);
    }

    [Fact]
    public void Elements_are_written_with_attributes_in_a_fixed_order()
    {
        var writer = new SvgWriter(100, 100, "t", "d");
        writer.OpenGroup("marks", DataAttribute.Of("n", 2));
        writer.Rect(10, 20, 5, -4, "bar", Paint.Filled("#123456"), DataAttribute.Of("count", 3));
        writer.Line(0, 0.005, 1, 2, "tick", Paint.Stroked("#000000", 1.5, "4 2"));
        writer.Text(5, 6, "x<y", "label", new TextStyle(11, TextAnchor.End));
        writer.CloseGroup();
        var body = writer.Finish().Split('\n').Skip(3).ToArray();

        Assert.Equal(
        [
            "  <g class=\"marks\" data-n=\"2\">",
            "    <rect class=\"bar\" x=\"10\" y=\"16\" width=\"5\" height=\"4\" fill=\"#123456\" data-count=\"3\"/>",
            "    <line class=\"tick\" x1=\"0\" y1=\"0.01\" x2=\"1\" y2=\"2\" fill=\"none\" stroke=\"#000000\" stroke-width=\"1.5\" stroke-dasharray=\"4 2\"/>",
            "    <text class=\"label\" x=\"5\" y=\"6\" font-size=\"11\" text-anchor=\"end\" fill=\"#222222\">x&lt;y</text>",
            "  </g>",
            "</svg>",
            "",
        ], body);
    }

    [Fact]
    public void Finishing_with_a_group_open_is_refused()
    {
        var writer = new SvgWriter(100, 100, "t", "d");
        writer.OpenGroup("g");

        Assert.Throws<InvalidOperationException>(() => writer.Finish());
    }

    [Fact]
    public void Closing_a_group_that_was_never_opened_is_refused()
    {
        Assert.Throws<InvalidOperationException>(() => new SvgWriter(100, 100, "t", "d").CloseGroup());
    }

    [Fact]
    public void Writing_after_finishing_is_refused()
    {
        var writer = new SvgWriter(100, 100, "t", "d");
        writer.Finish();

        Assert.Throws<InvalidOperationException>(() => writer.Circle(1, 1, 1, "dot", Paint.Filled("#000000")));
    }

    [Fact]
    public void A_non_finite_coordinate_is_refused_rather_than_written()
    {
        var writer = new SvgWriter(100, 100, "t", "d");

        Assert.Throws<ArgumentOutOfRangeException>(() => writer.Line(0, double.NaN, 1, 1, "l", Paint.Stroked("#000000")));
    }
}
