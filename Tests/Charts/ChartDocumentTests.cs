namespace Shortfall.Tests.Charts;

public class ChartDocumentTests
{
    [Theory]
    [MemberData(nameof(ChartExamples.Names), MemberType = typeof(ChartExamples))]
    public void Every_chart_is_well_formed_svg_in_the_svg_namespace(string chart)
    {
        var svg = ChartSvg.Parse(ChartExamples.Typical(chart));

        Assert.Equal(ChartSvg.Svg + "svg", svg.Root.Name);
        Assert.Equal("img", (string?)svg.Root.Attribute("role"));
    }

    [Theory]
    [MemberData(nameof(ChartExamples.Names), MemberType = typeof(ChartExamples))]
    public void Every_chart_opens_with_an_accessible_title_and_description(string chart)
    {
        var svg = ChartSvg.Parse(ChartExamples.Typical(chart, "Deliveries in winter"));
        var children = svg.Root.Elements().Take(2).ToList();

        Assert.Equal(ChartSvg.Svg + "title", children[0].Name);
        Assert.Equal("Deliveries in winter", children[0].Value);
        Assert.Equal(ChartSvg.Svg + "desc", children[1].Name);
        Assert.False(string.IsNullOrWhiteSpace(children[1].Value));
    }

    [Theory]
    [MemberData(nameof(ChartExamples.Names), MemberType = typeof(ChartExamples))]
    public void Every_chart_shows_its_title_and_two_titled_axes(string chart)
    {
        var svg = ChartSvg.Parse(ChartExamples.Typical(chart, "Deliveries in winter"));

        Assert.Equal("Deliveries in winter", svg.Single("chart-title").Value);
        foreach (var axis in new[] { "axis x", "axis y" })
        {
            var title = Assert.Single(svg.Single(axis).Elements(ChartSvg.Svg + "text"), t => (string?)t.Attribute("class") == "axis-title");
            Assert.False(string.IsNullOrWhiteSpace(title.Value));
        }
    }

    [Theory]
    [MemberData(nameof(ChartExamples.Names), MemberType = typeof(ChartExamples))]
    public void Every_numeric_axis_title_names_its_unit_in_parentheses(string chart)
    {
        var svg = ChartSvg.Parse(ChartExamples.Typical(chart));
        var numericAxes = svg.WithClass("axis").Where(a => a.Attribute("data-domain-min") is not null).ToList();

        Assert.NotEmpty(numericAxes);
        foreach (var axis in numericAxes)
        {
            var title = axis.Elements(ChartSvg.Svg + "text").Single(t => (string?)t.Attribute("class") == "axis-title").Value;
            Assert.Matches(@"\(.+\)$", title);
        }
    }

    [Theory]
    [MemberData(nameof(ChartExamples.Names), MemberType = typeof(ChartExamples))]
    public void The_same_input_gives_byte_identical_output(string chart)
    {
        Assert.Equal(ChartExamples.Typical(chart), ChartExamples.Typical(chart));
    }

    [Theory]
    [MemberData(nameof(ChartExamples.Names), MemberType = typeof(ChartExamples))]
    public void Typical_data_draws_no_message(string chart)
    {
        Assert.Empty(ChartSvg.Parse(ChartExamples.Typical(chart)).WithClass("message"));
    }

    [Theory]
    [MemberData(nameof(ChartExamples.Names), MemberType = typeof(ChartExamples))]
    public void Every_mark_lies_within_the_chart(string chart)
    {
        var svg = ChartSvg.Parse(ChartExamples.Typical(chart));
        var (width, height) = (ChartSvg.Number(svg.Root, "width"), ChartSvg.Number(svg.Root, "height"));

        foreach (var element in svg.Root.Descendants())
        {
            foreach (var (attribute, limit) in new[] { ("x", width), ("x1", width), ("x2", width), ("cx", width), ("y", height), ("y1", height), ("y2",
                height), ("cy", height) })
            {
                if (element.Attribute(attribute) is not null)
                {
                    Assert.InRange(ChartSvg.Number(element, attribute), 0, limit);
                }
            }
        }
    }
}
