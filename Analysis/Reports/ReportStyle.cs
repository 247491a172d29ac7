namespace Shortfall.Analysis.Reports;

/// <summary>The report's style sheet, inlined in its head: readable on screen and in print, no web fonts or images.</summary>
internal static class ReportStyle
{
    public const string Css = """
        body { margin: 0; background: #f4f4f2; color: #222; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Helvetica, Arial,
            sans-serif; }
        main { max-width: 1120px; margin: 0 auto; padding: 32px 44px 48px; background: #fff; }
        h1 { font-size: 27px; line-height: 1.25; margin: 0 0 4px; }
        h2 { font-size: 20px; margin: 40px 0 8px; padding-bottom: 4px; border-bottom: 2px solid #e4e4e4; }
        h3 { font-size: 16px; margin: 24px 0 4px; }
        p { max-width: 860px; }
        .subtitle { color: #666; margin: 0 0 22px; }
        .headline { font-size: 18px; line-height: 1.55; max-width: none; margin: 0 0 8px; padding: 14px 20px;
          border-left: 6px solid #0072B2; background: #eef5fa; }
        .note { color: #666; font-size: 13.5px; }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 3px 18px; margin: 10px 0 16px; }
        dl.facts dt { color: #666; }
        dl.facts dd { margin: 0; }
        code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 13px; overflow-wrap: anywhere; }
        .table-scroll { overflow-x: auto; }
        table { border-collapse: collapse; margin: 10px 0 18px; font-size: 14px; }
        caption { text-align: left; font-weight: 600; padding: 0 0 6px; }
        th, td { padding: 5px 10px; border-bottom: 1px solid #e4e4e4; text-align: left; vertical-align: top; }
        th { background: #f3f3f1; font-weight: 600; }
        td.name { white-space: nowrap; }
        td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
        tbody tr:hover { background: #fafaf6; }
        figure { margin: 18px 0 30px; }
        figure svg { display: block; max-width: 100%; height: auto; }
        figcaption { max-width: 760px; margin-top: 6px; color: #555; font-size: 13.5px; }
        footer { margin-top: 44px; padding-top: 10px; border-top: 1px solid #e4e4e4; color: #777; font-size: 13px; }
        @media print { body { background: #fff; } main { padding: 0; } figure, table { break-inside: avoid; } }
        """;
}
