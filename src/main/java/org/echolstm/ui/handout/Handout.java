package org.echolstm.ui.handout;

import java.util.List;

/**
 * What a handout says, in the window's language, with its pictures as PNG bytes: the task and its
 * settings, the training curves, one page per stop of the storyline, and the Inside view of the
 * final model. {@link HandoutWriter} makes one HTML file of it.
 *
 * @param language the language of the texts ("en", "de")
 * @param title    the heading of the whole handout
 * @param settings the task and how it was trained
 * @param charts   the training curves (PNG), empty when there is none
 * @param stops    the storyline's stops, in order
 * @param inside   the Inside view of the final model (PNG), empty when there is none
 * @param words    the headings and labels around them
 */
public record Handout(String language, String title, List<Figure> settings, byte[] charts, List<Page> stops, byte[] inside,
                      Words words) {
    public Handout {
        settings = List.copyOf(settings);
        stops = List.copyOf(stops);
        charts = charts == null ? new byte[0] : charts;
        inside = inside == null ? new byte[0] : inside;
    }

    /** One line of figures: "Sequence length" and "5". */
    public record Figure(String label, String value) {
    }

    /** A stop: its number (from 1), title, note, the window at that moment (PNG) and its figures. */
    public record Page(int number, String title, String note, byte[] picture, List<Figure> figures) {
        public Page {
            figures = List.copyOf(figures);
            picture = picture == null ? new byte[0] : picture;
        }
    }

    /**
     * The words around the figures and pictures.
     *
     * @param settingsHeading the heading over the settings
     * @param chartsHeading   the heading over the training curves
     * @param storyHeading    the heading over the stops
     * @param stopHeading     a stop's heading, a {@link java.text.MessageFormat} pattern of its number and title
     * @param insideHeading   the heading over the final Inside view
     * @param noStops         said when the lesson has no stops
     * @param footer          the last line (the application and its version)
     */
    public record Words(String settingsHeading, String chartsHeading, String storyHeading, String stopHeading,
                        String insideHeading, String noStops, String footer) {
    }
}
