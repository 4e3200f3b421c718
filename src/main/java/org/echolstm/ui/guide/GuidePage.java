package org.echolstm.ui.guide;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The user guide's page read into blocks the window can show without a browser: headings,
 * paragraphs, list items, pictures, code and tables, with bold, italic, code and key runs. It
 * reads the HTML the guide is written in (no scripts, no nested lists), not any HTML.
 */
public record GuidePage(String title, List<Block> blocks) {

    /** A block of the page, in reading order. */
    public sealed interface Block permits Heading, Paragraph, Item, Picture, Code, Table {
    }

    /** A heading of level 1 to 3. */
    public record Heading(int level, List<Run> text) implements Block {
    }

    public record Paragraph(List<Run> text) implements Block {
    }

    /** A list item with its marker ("•" or "3."). */
    public record Item(String marker, List<Run> text) implements Block {
    }

    /** A picture beside the page, and what it shows in words. */
    public record Picture(String file, String description) implements Block {
    }

    /** Preformatted text (a program), lines kept. */
    public record Code(String text) implements Block {
    }

    public record Table(List<List<Cell>> rows) implements Block {
    }

    public record Cell(boolean header, List<Run> text) {
    }

    /** Words in one style. */
    public record Run(String text, Style style) {
    }

    public enum Style { PLAIN, BOLD, ITALIC, CODE, KEY, SUB }

    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>|<!--.*?-->|<![^>]*>", Pattern.DOTALL);
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z-]+)\\s*=\\s*\"([^\"]*)\"");

    /** Reads the page. */
    public static GuidePage parse(String html) {
        return new Reader().read(html);
    }

    /** All the page's words, for looking things up (and for the tests). */
    public String plainText() {
        StringBuilder all = new StringBuilder(title);
        for (Block block : blocks) {
            all.append('\n');
            if (block instanceof Heading h) {
                all.append(words(h.text()));
            } else if (block instanceof Paragraph p) {
                all.append(words(p.text()));
            } else if (block instanceof Item i) {
                all.append(i.marker()).append(' ').append(words(i.text()));
            } else if (block instanceof Picture p) {
                all.append(p.description());
            } else if (block instanceof Code c) {
                all.append(c.text());
            } else if (block instanceof Table t) {
                t.rows().forEach(row -> row.forEach(cell -> all.append(words(cell.text())).append('\t')));
            }
        }
        return all.toString();
    }

    public static String words(List<Run> runs) {
        StringBuilder text = new StringBuilder();
        runs.forEach(run -> text.append(run.text()));
        return text.toString();
    }

    /** One pass over the tags and the text between them. */
    private static final class Reader {
        private final List<Block> blocks = new ArrayList<>();
        private final Deque<Style> styles = new ArrayDeque<>();
        private final Deque<int[]> lists = new ArrayDeque<>(); // {next number}, or {-1} for bullets
        private List<Run> runs;
        private String blockTag = "";
        private int headingLevel;
        private String marker = "";
        private StringBuilder pre;
        private List<List<Cell>> table;
        private List<Cell> row;
        private boolean headerCell;
        private String title = "";
        private boolean inTitle;
        private boolean inBody;

        GuidePage read(String html) {
            Matcher tag = TAG.matcher(html);
            int at = 0;
            while (tag.find()) {
                text(html.substring(at, tag.start()));
                at = tag.end();
                if (tag.group(2) != null) {
                    String name = tag.group(2).toLowerCase(Locale.ROOT);
                    if (tag.group(1).isEmpty()) {
                        open(name, tag.group(3));
                    } else {
                        close(name);
                    }
                }
            }
            text(html.substring(at));
            endBlock();
            return new GuidePage(title.strip(), List.copyOf(blocks));
        }

        private void text(String raw) {
            String text = decode(raw);
            if (inTitle) {
                title += text;
            } else if (pre != null) {
                pre.append(text);
            } else if (inBody && !text.isBlank() || runs != null) {
                if (runs == null) {
                    startBlock("p");
                }
                String collapsed = text.replaceAll("\\s+", " ");
                if (!collapsed.isEmpty()) {
                    runs.add(new Run(collapsed, styles.isEmpty() ? Style.PLAIN : styles.peek()));
                }
            }
        }

        private void open(String name, String attributes) {
            switch (name) {
                case "title" -> inTitle = true;
                case "body" -> inBody = true;
                case "h1", "h2", "h3" -> {
                    headingLevel = name.charAt(1) - '0';
                    startBlock(name);
                }
                case "p" -> startBlock(name);
                case "ul" -> lists.push(new int[] {-1});
                case "ol" -> lists.push(new int[] {1});
                case "li" -> {
                    int[] list = lists.isEmpty() ? new int[] {-1} : lists.peek();
                    marker = list[0] < 0 ? "•" : list[0]++ + ".";
                    startBlock(name);
                }
                case "pre" -> {
                    endBlock();
                    pre = new StringBuilder();
                }
                case "table" -> {
                    endBlock();
                    table = new ArrayList<>();
                }
                case "tr" -> row = new ArrayList<>();
                case "td", "th" -> {
                    headerCell = name.equals("th");
                    startBlock(name);
                }
                case "img" -> {
                    endBlock();
                    blocks.add(new Picture(attribute(attributes, "src"), attribute(attributes, "alt")));
                }
                case "br" -> text(" ");
                case "b", "strong" -> styles.push(Style.BOLD);
                case "em", "i" -> styles.push(Style.ITALIC);
                case "code" -> styles.push(Style.CODE);
                case "kbd" -> styles.push(Style.KEY);
                case "sub" -> styles.push(Style.SUB);
                default -> { }
            }
        }

        private void close(String name) {
            switch (name) {
                case "title" -> inTitle = false;
                case "body" -> inBody = false;
                case "h1", "h2", "h3", "p", "li", "td", "th" -> endBlock();
                case "ul", "ol" -> {
                    endBlock();
                    lists.poll();
                }
                case "pre" -> {
                    blocks.add(new Code(pre.toString().replaceFirst("^\\n", "").stripTrailing()));
                    pre = null;
                }
                case "tr" -> {
                    if (table != null && row != null && !row.isEmpty()) {
                        table.add(List.copyOf(row));
                    }
                    row = null;
                }
                case "table" -> {
                    if (table != null && !table.isEmpty()) {
                        blocks.add(new Table(List.copyOf(table)));
                    }
                    table = null;
                }
                case "b", "strong", "em", "i", "code", "kbd", "sub" -> styles.poll();
                default -> { }
            }
        }

        private void startBlock(String tag) {
            endBlock();
            blockTag = tag;
            runs = new ArrayList<>();
        }

        /** Ends the block being read, its words trimmed at both ends. */
        private void endBlock() {
            if (runs == null) {
                return;
            }
            List<Run> text = trimmed(runs);
            runs = null;
            switch (blockTag) {
                case "td", "th" -> {
                    if (row != null) {
                        row.add(new Cell(headerCell, text));
                    }
                }
                default -> {
                    if (text.isEmpty()) {
                        return;
                    }
                    blocks.add(switch (blockTag) {
                        case "h1", "h2", "h3" -> new Heading(headingLevel, text);
                        case "li" -> new Item(marker, text);
                        default -> new Paragraph(text);
                    });
                }
            }
        }

        private static List<Run> trimmed(List<Run> runs) {
            List<Run> merged = new ArrayList<>();
            for (Run run : runs) {
                String text = run.text();
                boolean afterSpace = merged.isEmpty() || merged.get(merged.size() - 1).text().endsWith(" ");
                if (afterSpace && text.startsWith(" ")) {
                    text = text.substring(1);
                }
                if (!text.isEmpty()) {
                    merged.add(new Run(text, run.style()));
                }
            }
            if (!merged.isEmpty()) {
                Run last = merged.get(merged.size() - 1);
                merged.set(merged.size() - 1, new Run(last.text().stripTrailing(), last.style()));
                merged.removeIf(run -> run.text().isEmpty());
            }
            return List.copyOf(merged);
        }

        private static String attribute(String attributes, String name) {
            Matcher m = ATTRIBUTE.matcher(attributes);
            while (m.find()) {
                if (m.group(1).equalsIgnoreCase(name)) {
                    return decode(m.group(2));
                }
            }
            return "";
        }
    }

    /** The few character references the guide uses, by name or number. */
    static String decode(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        Matcher m = Pattern.compile("&(#x?[0-9a-fA-F]+|[a-z]+);").matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String ref = m.group(1);
            String replacement = switch (ref) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "nbsp" -> "\u00a0";
                default -> ref.startsWith("#x") ? Character.toString(Integer.parseInt(ref.substring(2), 16))
                        : ref.startsWith("#") ? Character.toString(Integer.parseInt(ref.substring(1))) : m.group();
            };
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
