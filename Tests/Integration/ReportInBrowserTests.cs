using Shortfall.Analysis.Reports;
using Shortfall.Tests.Analysis;
using Shortfall.Tests.Reports;

namespace Shortfall.Tests.Integration;

/// <summary>The report as a browser shows it: headless Chromium renders report.html from a real run.</summary>
public sealed class ReportInBrowserTests(OnsongRunFixture run) : IClassFixture<OnsongRunFixture>
{
    private string Report => Path.Combine(run.Directory, ReportHtml.FileName);

    [ChromiumFact]
    public void The_screenshot_of_the_report_is_not_blank_and_the_page_logs_nothing_to_the_console()
    {
        var (png, console) = Chromium.Screenshot(Report, 1280, 2400);

        var image = PngImage.Decode(png);
        Assert.Equal((1280, 2400), (image.Width, image.Height));
        // Inside the white main column (1120 px wide, centred), text, tables and charts ink a good share
        // of the pixels; a page whose content failed to render would leave the column white.
        var (left, right) = (80, 1200);
        var inked = image.Count(left, right, p => p != (255, 255, 255));
        Assert.True(inked > (right - left) * image.Height / 20, $"only {inked} of {(right - left) * image.Height} pixels of the main column are not white");
        // The histogram's bars are drawn in the palette's blue: the charts were painted, not just laid out.
        var blue = image.Count(left, right, p => p == (0x00, 0x72, 0xB2));
        Assert.True(blue > 5000, $"only {blue} pixels are the charts' blue");
        Assert.Empty(console);
    }

    [ChromiumFact]
    public void The_rendered_page_holds_every_chart_as_an_svg_with_its_marks()
    {
        var (dom, console) = Chromium.DumpDom(Report);

        var page = ReportPage.Parse(HtmlBody(dom));
        var charts = ReportPage.ChartNames(run.Directory);
        var figures = page.Descendants("figure").ToDictionary(f => (string)f.Attribute("id")!);
        Assert.Equal(charts, figures.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, figure) in figures)
        {
            var svg = Assert.Single(figure.Elements("svg"));
            Assert.Equal("shortfall-chart", ReportPage.ClassOf(svg));
            Assert.True(svg.Descendants().Count() > 20, $"the {name} chart has almost nothing in it");
            // The data area that the marks are clipped to, with an id no other chart on the page has.
            Assert.All(svg.Descendants("clipPath"), c => Assert.StartsWith(name + "-", (string?)c.Attribute("id")));
            Assert.NotEmpty(svg.Descendants("clipPath"));
        }
        Assert.Empty(console);
    }

    [ChromiumFact]
    public void A_page_that_writes_to_the_console_is_caught()
    {
        using var directory = new TemporaryDirectory();
        var page = directory["noisy.html"];
        File.WriteAllText(page, "<!DOCTYPE html><html><body><p>x</p><script>console.error('broken chart');</script></body></html>");

        var (_, console) = Chromium.DumpDom(page);

        Assert.Contains(console, line => line.Contains("broken chart", StringComparison.Ordinal));
    }

    [ChromiumFact]
    public void The_png_decoder_counts_exactly_the_pixels_of_a_black_box_on_white()
    {
        using var directory = new TemporaryDirectory();
        var page = directory["box.html"];
        File.WriteAllText(page,
            "<!DOCTYPE html><html><body style=\"margin:0;background:#fff\"><div " +
                "style=\"position:absolute;left:10px;top:20px;width:100px;height:50px;background:#000\"></div></body></html>");

        var image = PngImage.Decode(Chromium.Screenshot(page, 400, 300).Png);

        Assert.Equal(100 * 50, image.CountNonWhite());
        Assert.Equal(((byte)0, (byte)0, (byte)0), image.Pixel(10, 20));
        Assert.Equal(((byte)255, (byte)255, (byte)255), image.Pixel(110, 20));
    }

    // Chromium serializes the DOM as HTML, in which void elements are not closed; the body, which
    // the report fills with XHTML-compatible markup only, parses as XML once the head is dropped.
    private static string HtmlBody(string dom)
    {
        var start = dom.IndexOf("<body", StringComparison.Ordinal);
        var end = dom.LastIndexOf("</body>", StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "the dumped DOM has no body");
        return dom[start..(end + "</body>".Length)];
    }
}
