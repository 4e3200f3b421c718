package org.echolstm.ui.charts;

import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.echolstm.ui.I18n;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

/**
 * The stretch of samples both training charts show, and how the teacher changes it: the context
 * menu's zoom in, zoom out and show all samples, and + or =, -, 0 and Shift+← / Shift+→ while the
 * charts have the focus. None is all samples, the axes following the run. It says the stretch: in
 * the samples axes' label and first in what a screen reader hears.
 */
final class ShownStretch {
    /** Share of the stretch that Shift+← and Shift+→ move it by. */
    static final double PAN_SHARE = 0.25;

    private final List<SampleAxis> axes;
    /** The samples trained as the curves show them. */
    private final DoubleSupplier trained;
    /** Told of each stretch the teacher asks for, once the axes show it. */
    private final Runnable shown;
    private Optional<SampleStretch> stretch = Optional.empty();
    /** Whether the charts were just shown all samples again (a screen reader hears so). */
    private boolean allShownAgain;

    ShownStretch(List<SampleAxis> axes, DoubleSupplier trained, Runnable shown) {
        this.axes = List.copyOf(axes);
        this.trained = trained;
        this.shown = shown;
    }

    Optional<SampleStretch> get() {
        return stretch;
    }

    boolean isZoomed() {
        return stretch.isPresent();
    }

    /** Whether {@code samples} lies in the stretch shown (always, when all samples are). */
    boolean shows(double samples) {
        return stretch.map(s -> samples >= s.lower() && samples <= s.upper()).orElse(true);
    }

    /** Both samples axes show {@code newStretch} (or all samples), and the charts are told. */
    void show(Optional<SampleStretch> newStretch) {
        if (newStretch.isPresent()) {
            allShownAgain = false;
        }
        stretch = newStretch;
        axes.forEach(axis -> axis.zoom(newStretch));
        shown.run();
    }

    /** The samples from {@code from} to {@code to} (either way round), as a drag across a chart asks. */
    void showBetween(double from, double to) {
        show(SampleStretch.between(from, to, trained.getAsDouble()));
    }

    /** Half as wide a stretch, around {@code cursor} (the replayed moment) when there is one, else around the middle. */
    void zoomIn(OptionalLong cursor) {
        show(SampleStretch.zoomIn(stretch, cursor.isPresent() ? OptionalDouble.of(cursor.getAsLong())
                : OptionalDouble.empty(), trained.getAsDouble()));
    }

    /** Twice as wide a stretch; all samples once it covers the run. */
    void zoomOut() {
        if (stretch.isPresent()) {
            show(SampleStretch.zoomOut(stretch, trained.getAsDouble()));
        }
    }

    /** Moves the stretch by {@code share} of its width (negative: back to fewer samples). */
    void pan(double share) {
        if (stretch.isPresent()) {
            show(SampleStretch.pan(stretch, share, trained.getAsDouble()));
        }
    }

    /** All samples again: the axes follow the run once more. */
    void showAll() {
        if (stretch.isPresent()) {
            allShownAgain = true;
            show(Optional.empty());
        }
    }

    /** A new lesson's charts start with all samples and say nothing of a zoom (the charts are not told). */
    void drop() {
        stretch = Optional.empty();
        allShownAgain = false;
        axes.forEach(axis -> {
            axis.zoom(stretch);
            axis.setLabel(I18n.t("chart.samples"));
        });
    }

    /** New figures came: "all samples shown again" has been said. */
    void figuresChanged() {
        allShownAgain = false;
    }

    /** The samples axes' label: while zoomed, the stretch and that it stays put. */
    String axisLabel() {
        return stretch.map(s -> I18n.t("chart.samples.zoomed", I18n.count(Math.round(s.lower())),
                I18n.count(Math.round(s.upper())), trainedCount())).orElse(I18n.t("chart.samples"));
    }

    /** What a screen reader hears: the stretch shown first, if zoomed or just shown all again, then {@code figures}. */
    String spoken(String figures) {
        Optional<String> note = stretch.map(s -> I18n.t("speak.charts.zoomed", I18n.count(Math.round(s.lower())),
                I18n.count(Math.round(s.upper())), trainedCount()));
        if (note.isEmpty() && allShownAgain) {
            note = Optional.of(I18n.t("speak.charts.allShown"));
        }
        return note.map(n -> n + " " + figures).orElse(figures);
    }

    private String trainedCount() {
        return I18n.count(Math.round(trained.getAsDouble()));
    }

    /**
     * The zoom in {@code menu} and on the keys of {@code charts} while they have the focus;
     * {@code cursor} is the replayed moment zooming in centres on.
     */
    void offer(ContextMenu menu, Node charts, Supplier<OptionalLong> cursor) {
        MenuItem in = new MenuItem(I18n.t("chart.zoomIn"));
        in.setId("zoomInItem");
        in.setOnAction(e -> zoomIn(cursor.get()));
        MenuItem out = new MenuItem(I18n.t("chart.zoomOut"));
        out.setId("zoomOutItem");
        out.setOnAction(e -> zoomOut());
        MenuItem all = new MenuItem(I18n.t("chart.showAll"));
        all.setId("showAllItem");
        all.setOnAction(e -> showAll());
        menu.getItems().addAll(new SeparatorMenuItem(), in, out, all);
        menu.setOnShowing(e -> {
            in.setDisable(trained.getAsDouble() <= 0);
            out.setDisable(stretch.isEmpty());
            all.setDisable(stretch.isEmpty());
        });
        charts.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() || e.isAltDown()) {
                return;
            }
            KeyCode code = e.getCode();
            if (code == KeyCode.PLUS || code == KeyCode.EQUALS || code == KeyCode.ADD) {
                zoomIn(cursor.get());
            } else if (code == KeyCode.MINUS || code == KeyCode.SUBTRACT) {
                zoomOut();
            } else if ((code == KeyCode.DIGIT0 || code == KeyCode.NUMPAD0) && !e.isShiftDown()) {
                showAll();
            } else if ((code == KeyCode.LEFT || code == KeyCode.RIGHT) && e.isShiftDown()) {
                pan(code == KeyCode.LEFT ? -PAN_SHARE : PAN_SHARE);
            } else {
                return;
            }
            e.consume();
        });
    }
}
