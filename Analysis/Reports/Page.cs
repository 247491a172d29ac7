namespace Shortfall.Analysis.Reports;

/// <summary>The frame of a self-contained page in the report's style (inline CSS, no scripts): its head and title, and its end.</summary>
internal static class Page
{
    /// <summary>A page titled <paramref name="title"/>, open for its content.</summary>
    public static Html Start(string title) => new Html()
        .Raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n")
        .Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
        .Element("title", title)
        .Raw($"<style>\n{ReportStyle.Css}\n</style>\n</head>\n<body>\n<main>\n")
        .Element("h1", title);

    /// <summary>The finished page.</summary>
    public static string End(Html html) => html.Raw("</main>\n</body>\n</html>\n").ToString();
}
