package org.echolstm.ui.inside;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the six heatmaps of {@link GateHeatmaps} go. How many stand side by side follows from the
 * width alone: the most (6, 3, 2 or 1) whose time-step columns are at least {@link #MIN_COLUMN}
 * pixels wide and whose titles fit whole in the window's text size, on two lines at most. Choosing
 * a clamp or silencing a unit may change the height the tab leaves them, never how they stand.
 * The height then gives each unit's row its share, never less than {@link #MIN_ROW} pixels to
 * click: {@link #minHeight} is what that takes, and the tab scrolls where it has less.
 *
 * @param across     heatmaps side by side
 * @param panels     the six heatmaps' places
 * @param titles     each heatmap's title, in lines
 * @param titleLine  the height of a title's line
 * @param unitEvery  every how many units a unit number is written
 * @param stepEvery  every how many time steps a step number is written
 */
record GateLayout(int across, List<Panel> panels, List<List<String>> titles, double titleLine, int unitEvery,
                  int stepEvery) {
    /** The least height of a unit's row and width of a time step's column, in pixels. */
    static final double MIN_ROW = 8;
    static final double MIN_COLUMN = 5;
    static final double GAP = 8;
    private static final int[] ACROSS = {6, 3, 2, 1};
    private static final Text MEASURE = new Text();

    /** One heatmap's place: its box, its grid's top left corner and its cell size. */
    record Panel(double x, double y, double width, double height, double gridLeft, double gridTop,
                 double columnWidth, double rowHeight) {
        double gridWidth(int steps) {
            return columnWidth * steps;
        }

        double gridBottom(int units) {
            return gridTop + rowHeight * units;
        }
    }

    /** What a layout measures: the fonts, the titles in the window's language, and the trace's shape. */
    record Measures(Font titleFont, Font labelFont, List<String> titleTexts, int units, int steps) {
        double labelWidth() {
            return Math.ceil(width(Integer.toString(units - 1), labelFont)) + 5;
        }

        double labelHeight() {
            return Math.ceil(height(labelFont));
        }

        double titleLine() {
            return Math.ceil(height(titleFont));
        }
    }

    /** The heatmaps side by side at {@code width}. */
    static int across(double width, Measures m) {
        for (int across : ACROSS) {
            if (columnWidth(width, across, m) >= MIN_COLUMN && titleLines(width, across, m).isPresent()) {
                return across;
            }
        }
        return 1;
    }

    /** The least height at {@code width}: every row {@link #MIN_ROW} pixels, the titles whole, and {@code below} under them. */
    static double minHeight(double width, Measures m, double below) {
        int across = across(width, m);
        int rows = (m.titleTexts().size() + across - 1) / across;
        return rows * Math.ceil(above(width, across, m) + m.units() * MIN_ROW + under(m) + GAP) + below;
    }

    /** The six heatmaps in {@code width} × {@code height}. */
    static GateLayout of(double width, double height, Measures m) {
        int across = across(width, m);
        int rows = (m.titleTexts().size() + across - 1) / across;
        double panelWidth = Math.floor(width / across);
        double panelHeight = Math.floor(height / rows);
        double above = above(width, across, m);
        double rowHeight = Math.max(1, Math.floor((panelHeight - above - under(m) - GAP) / m.units()));
        double columnWidth = Math.max(1, columnWidth(width, across, m));
        List<Panel> panels = new ArrayList<>();
        for (int p = 0; p < m.titleTexts().size(); p++) {
            double x = (p % across) * panelWidth;
            double y = (p / across) * panelHeight;
            panels.add(new Panel(x, y, panelWidth, panelHeight, x + m.labelWidth(), y + above, columnWidth, rowHeight));
        }
        List<List<String>> titles = titleLines(width, across, m).orElseGet(() -> m.titleTexts().stream()
                .map(List::of).toList());
        int unitEvery = (int) Math.ceil(m.labelHeight() / rowHeight);
        double widestStep = width(Integer.toString(m.steps() - 1), m.labelFont());
        int stepEvery = (int) Math.ceil((widestStep + 4) / columnWidth);
        return new GateLayout(across, panels, titles, m.titleLine(), Math.max(1, unitEvery), Math.max(1, stepEvery));
    }

    private static double columnWidth(double width, int across, Measures m) {
        return Math.floor((Math.floor(width / across) - m.labelWidth() - GAP) / m.steps());
    }

    /** A panel's height above its grid: the title's lines. */
    private static double above(double width, int across, Measures m) {
        int lines = titleLines(width, across, m).map(t -> t.stream().mapToInt(List::size).max().orElse(1)).orElse(1);
        return lines * m.titleLine() + 3;
    }

    /** A panel's height under its grid: the time-step numbers. */
    private static double under(Measures m) {
        return m.labelHeight() + 3;
    }

    /** The room a title has: from the grid's left edge to the panel's right, less a margin. */
    static double titleRoom(double width, int across, Measures m) {
        return Math.floor(width / across) - m.labelWidth() - 4;
    }

    /** Every title broken at its spaces into lines that fit, two at most; empty where one does not fit. */
    private static Optional<List<List<String>>> titleLines(double width, int across, Measures m) {
        double room = titleRoom(width, across, m);
        List<List<String>> all = new ArrayList<>();
        for (String title : m.titleTexts()) {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : title.split(" ")) {
                String longer = line.isEmpty() ? word : line + " " + word;
                if (width(longer, m.titleFont()) <= room) {
                    line.setLength(0);
                    line.append(longer);
                } else if (!line.isEmpty() && width(word, m.titleFont()) <= room) {
                    lines.add(line.toString());
                    line.setLength(0);
                    line.append(word);
                } else {
                    return Optional.empty();
                }
            }
            lines.add(line.toString());
            if (lines.size() > 2) {
                return Optional.empty();
            }
            all.add(lines);
        }
        return Optional.of(all);
    }

    static double width(String text, Font font) {
        MEASURE.setFont(font);
        MEASURE.setText(text);
        return MEASURE.getLayoutBounds().getWidth();
    }

    static double height(Font font) {
        MEASURE.setFont(font);
        MEASURE.setText("0");
        return MEASURE.getLayoutBounds().getHeight();
    }
}
