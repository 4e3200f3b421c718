package org.echolstm.ui.handout;

import org.echolstm.model.AtomicFiles;
import org.echolstm.model.ModelFileException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Writes a {@link Handout} as one self-contained HTML file: the pictures inlined as PNG data, the
 * style in the page, no scripts, fonts or links to anything outside. It opens offline in any
 * browser and prints with one picture per page width.
 */
public final class HandoutWriter {
    /** The page's own style: readable type, pictures no wider than the page, stops kept whole on paper. */
    private static final String STYLE = """
            :root { color-scheme: light; }
            body { font-family: "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; font-size: 16px;
              line-height: 1.5; color: #1f2328; background: #ffffff; max-width: 60rem; margin: 2rem auto; padding: 0 1.5rem; }
            h1 { font-size: 1.9rem; margin: 0 0 1rem; }
            h2 { font-size: 1.4rem; margin: 2.5rem 0 0.75rem; padding-bottom: 0.25rem; border-bottom: 2px solid #d0d7de; }
            h3 { font-size: 1.2rem; margin: 0 0 0.5rem; }
            p { margin: 0 0 0.75rem; }
            figure { margin: 0.75rem 0 1rem; }
            img { display: block; max-width: 100%; height: auto; border: 1px solid #d0d7de; }
            table.figures { border-collapse: collapse; margin: 0.5rem 0 1rem; }
            table.figures th { text-align: left; font-weight: normal; color: #57606a; padding: 0.15rem 1.5rem 0.15rem 0; }
            table.figures td { font-weight: bold; padding: 0.15rem 0; font-variant-numeric: tabular-nums; }
            section.stop { margin: 0 0 2.5rem; break-inside: avoid; page-break-inside: avoid; }
            .number { color: #57606a; }
            footer { margin-top: 3rem; color: #57606a; font-size: 0.85rem; }
            @media print {
              body { margin: 0; max-width: none; font-size: 11pt; }
              h2 { break-before: auto; break-after: avoid; }
              img { border-color: #999999; }
            }
            """;

    private HandoutWriter() {
    }

    /** Writes {@code handout} to {@code file} (atomically); a failure names the file. */
    public static void write(Handout handout, Path file) throws ModelFileException {
        byte[] bytes = html(handout).getBytes(StandardCharsets.UTF_8);
        try {
            AtomicFiles.write(file, out -> out.write(bytes));
        } catch (IOException e) {
            throw ModelFileException.writeFailed(file, e);
        }
    }

    /** The handout as one HTML page. */
    public static String html(Handout handout) {
        Handout.Words words = handout.words();
        StringBuilder html = new StringBuilder(1 << 16);
        html.append("<!DOCTYPE html>\n<html lang=\"").append(escape(handout.language())).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(handout.title())).append("</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n")
                .append("<h1>").append(escape(handout.title())).append("</h1>\n");

        html.append("<h2>").append(escape(words.settingsHeading())).append("</h2>\n");
        figures(html, handout.settings());
        if (handout.charts().length > 0) {
            html.append("<h2>").append(escape(words.chartsHeading())).append("</h2>\n");
            picture(html, handout.charts(), words.chartsHeading());
        }

        html.append("<h2>").append(escape(words.storyHeading())).append("</h2>\n");
        if (handout.stops().isEmpty()) {
            html.append("<p>").append(escape(words.noStops())).append("</p>\n");
        }
        for (Handout.Page page : handout.stops()) {
            String heading = new MessageFormat(words.stopHeading(), Locale.ROOT).format(new Object[] {page.number(), page.title()});
            html.append("<section class=\"stop\" id=\"stop-").append(page.number()).append("\">\n<h3>")
                    .append(escape(heading)).append("</h3>\n");
            paragraphs(html, page.note());
            if (page.picture().length > 0) {
                picture(html, page.picture(), heading);
            }
            figures(html, page.figures());
            html.append("</section>\n");
        }

        if (handout.inside().length > 0) {
            html.append("<h2>").append(escape(words.insideHeading())).append("</h2>\n");
            picture(html, handout.inside(), words.insideHeading());
        }
        html.append("<footer>").append(escape(words.footer())).append("</footer>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void figures(StringBuilder html, List<Handout.Figure> figures) {
        if (figures.isEmpty()) {
            return;
        }
        html.append("<table class=\"figures\">\n");
        for (Handout.Figure figure : figures) {
            html.append("<tr><th scope=\"row\">").append(escape(figure.label())).append("</th><td>")
                    .append(escape(figure.value())).append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private static void picture(StringBuilder html, byte[] png, String description) {
        html.append("<figure><img alt=\"").append(escape(description)).append("\" src=\"data:image/png;base64,")
                .append(Base64.getEncoder().encodeToString(png)).append("\"></figure>\n");
    }

    /** The note's paragraphs (split at empty lines), its single line breaks kept. */
    static void paragraphs(StringBuilder html, String note) {
        String text = note == null ? "" : note.replace("\r\n", "\n").replace('\r', '\n').strip();
        if (text.isEmpty()) {
            return;
        }
        for (String paragraph : text.split("\n[ \t]*\n+")) {
            String trimmed = paragraph.strip();
            if (!trimmed.isEmpty()) {
                html.append("<p>").append(escape(trimmed).replace("\n", "<br>\n")).append("</p>\n");
            }
        }
    }

    /** Text as HTML text or attribute value. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t') {
                        out.append(' '); // control characters have no place in a page
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
