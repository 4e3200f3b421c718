package org.echolstm.ui.sample;

import org.echolstm.ui.preferences.Theme;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import org.echolstm.ui.I18n;

import java.util.List;
import java.util.function.Predicate;


/** The current sample: its one-hot heatmap beside the model's probabilities, and recent predictions. */
public final class SampleView {
    @FXML
    private SamplePicture samplePicture;
    @FXML
    private Label verdictLabel;
    @FXML
    private Label sequenceLabel;
    @FXML
    private TextField sequenceField;
    @FXML
    private Button showSequenceButton;
    @FXML
    private Label sequenceError;
    @FXML
    private HBox guessBox;
    @FXML
    private Label guessLabel;
    @FXML
    private TextField guessField;
    @FXML
    private Label guessTally;
    @FXML
    private Label guessError;
    @FXML
    private TableView<PredictionRow> predictionTable;
    @FXML
    private TableColumn<PredictionRow, String> sequenceColumn;
    @FXML
    private TableColumn<PredictionRow, Integer> predictedColumn;
    @FXML
    private TableColumn<PredictionRow, Integer> expectedColumn;
    @FXML
    private TableColumn<PredictionRow, String> verdictColumn;

    private static final double NUMBER_COLUMN_WIDTH = 72;
    private static final double VERDICT_COLUMN_WIDTH = 38;
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    private static final double SEQUENCE_COLUMN_WIDTH = 72;
    private static final double SEQUENCE_COLUMN_LEAST = 36;
    private static final double SCROLL_BAR_ROOM = 16;
    private SampleViewModel viewModel;
    private double scale = 1;

    public void bind(SampleViewModel model) {
        this.viewModel = model;
        verdictLabel.textProperty().bind(model.guessFirst().verdictProperty());
        bindEntry(model.entry());
        bindGuess(model.guessFirst());
        model.sampleProperty().addListener((obs, old, now) -> {
            showSample();
            predictionTable.refresh(); // the row guess first hid is no longer the shown sample's
        });
        model.predictionProperty().addListener((obs, old, now) -> showPrediction());
        model.influenceProperty().addListener((obs, old, now) -> samplePicture.setInfluence(now));
        sequenceColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().sequence()));
        // Guess first hides the answer in the shown sample's row as well.
        predictedColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(hides(c.getValue()) ? null : c.getValue().predicted()));
        predictedColumn.setCellFactory(column -> new HiddenAnswerCell<>());
        expectedColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().expected()));
        verdictColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(hides(c.getValue()) ? null : c.getValue().verdict()));
        verdictColumn.setCellFactory(column -> new HiddenAnswerCell<>());
        Tooltip.install(samplePicture.heatmap(), new Tooltip(I18n.t("tooltip.heatmap")));
        Tooltip.install(samplePicture.bars(), new Tooltip(I18n.t("tooltip.bars")));
        predictionTable.setTooltip(new Tooltip(I18n.t("tooltip.table")));
        predictionTable.setRowFactory(table -> new PredictionTableRow(this::hides));
        predictionTable.setItems(model.recentPredictions());
        // The answer columns are as wide as their headings (setLook): the sequence takes the rest, and a
        // sequence of 12 values fits a large window.
        predictionTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        predictionTable.widthProperty().addListener((obs, old, now) -> fitSequenceColumn());
        predictionTable.needsLayoutProperty().addListener((obs, was, now) -> nameVerdictHeading());
        showSample();
    }

    private void bindEntry(SequenceEntryViewModel entry) {
        sequenceField.textProperty().bindBidirectional(entry.textProperty());
        sequenceField.setOnAction(e -> entry.show());
        showSequenceButton.setOnAction(e -> entry.show());
        sequenceLabel.setLabelFor(sequenceField);
        sequenceField.setTooltip(new Tooltip(I18n.t("tooltip.sequence")));
        sequenceError.textProperty().bind(entry.errorProperty());
        sequenceError.visibleProperty().bind(entry.errorProperty().isNotEmpty());
        sequenceError.managedProperty().bind(sequenceError.visibleProperty());
        entry.errorProperty().addListener((obs, old, now) -> sequenceField.pseudoClassStateChanged(INVALID, !now.isEmpty()));
    }

    private void bindGuess(GuessFirstViewModel guess) {
        guessBox.visibleProperty().bind(guess.enabledProperty());
        guessBox.managedProperty().bind(guessBox.visibleProperty());
        guessLabel.setLabelFor(guessField);
        guessField.textProperty().bindBidirectional(guess.guessTextProperty());
        guessField.setOnAction(e -> guess.submitGuess());
        guessField.disableProperty().bind(Bindings.createBooleanBinding(() -> !guess.hidden(), guess.hiddenProperty()));
        guessField.setTooltip(new Tooltip(I18n.t("tooltip.guess")));
        guessTally.textProperty().bind(guess.tallyProperty());
        guessTally.setTooltip(new Tooltip(I18n.t("tooltip.guessTally")));
        guessError.textProperty().bind(guess.guessErrorProperty());
        guessError.visibleProperty().bind(guess.guessErrorProperty().isNotEmpty());
        guessError.managedProperty().bind(guessError.visibleProperty());
        guess.hiddenProperty().addListener((obs, was, now) -> {
            showPrediction();
            predictionTable.refresh();
        });
    }

    private boolean hides(PredictionRow row) {
        return viewModel.guessFirst().hidden() && viewModel.isShownSamplesRow(row);
    }

    public void setLook(Theme theme, double scale) {
        samplePicture.setLook(theme, scale);
        this.scale = scale;
        // The answer columns keep room for their headings at every type size, and take no more.
        for (TableColumn<?, ?> column : List.of(predictedColumn, expectedColumn, verdictColumn)) {
            double width = (column == verdictColumn ? VERDICT_COLUMN_WIDTH : NUMBER_COLUMN_WIDTH) * scale;
            column.setMinWidth(width);
            column.setPrefWidth(width);
            column.setMaxWidth(width);
        }
        fitSequenceColumn();
    }

    /**
     * The sequence column (cut short anyway) gives way where the table is narrower than all the
     * columns' least widths: the table's resize policy then gave up and kept the columns as wide as
     * they were, so after the window shrank (a German window at 1024 px) they ran past its edge.
     */
    private void fitSequenceColumn() {
        double others = predictedColumn.getMinWidth() + expectedColumn.getMinWidth() + verdictColumn.getMinWidth()
                + SCROLL_BAR_ROOM * scale;
        double room = predictionTable.getWidth() - others;
        sequenceColumn.setMinWidth(Math.max(SEQUENCE_COLUMN_LEAST * scale,
                Math.min(SEQUENCE_COLUMN_WIDTH * scale, room)));
    }

    /** A screen reader says "right?" for the ✓/✗ heading (its header exists once the table is laid out). */
    private void nameVerdictHeading() {
        for (Node header : predictionTable.lookupAll(".column-header")) {
            if (header instanceof TableColumnHeader h && h.getTableColumn() == verdictColumn
                    && h.lookup(".label") instanceof Label label && label.getAccessibleText() == null) {
                label.setAccessibleText(I18n.t("table.verdict.name"));
            }
        }
    }

    /** The heatmap and the bars, as one picture (for the PNG export). */
    public SamplePicture picture() {
        return samplePicture;
    }

    public OneHotHeatmap heatmap() {
        return samplePicture.heatmap();
    }

    private void showSample() {
        viewModel.sampleProperty().get().ifPresent(sample -> {
            samplePicture.show(sample.sequence(), sample.task().features(), sample.task().echoIndex());
            samplePicture.clearProbabilities(sample.task().features());
        });
    }

    /**
     * A row's tooltip says the whole sequence (a narrow window cuts it) and how far the model had
     * trained for the answer shown: a row follows its sample's latest answer.
     */
    static final class PredictionTableRow extends TableRow<PredictionRow> {
        private final Tooltip tooltip = new Tooltip();
        private final Predicate<PredictionRow> hidden;

        PredictionTableRow(Predicate<PredictionRow> hidden) {
            this.hidden = hidden;
        }

        @Override
        protected void updateItem(PredictionRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setTooltip(null);
                return;
            }
            tooltip.setText(hidden.test(row) ? I18n.t("tooltip.predictionRow.hidden", row.sequence()) : I18n.t("tooltip.predictionRow", row.sequence(), I18n.count(row.samplesSeen()),
                    Integer.toString(row.predicted()), Integer.toString(row.expected()), row.verdict()));
            setTooltip(tooltip);
        }
    }

    /** A cell of an answer column: "?" where guess first hides the answer (its value is then null). */
    static final class HiddenAnswerCell<T> extends TableCell<PredictionRow, T> {
        @Override
        protected void updateItem(T value, boolean empty) {
            super.updateItem(value, empty);
            setText(empty || getTableRow() == null || getTableRow().getItem() == null ? null
                    : value == null ? I18n.t("table.hidden") : value.toString());
        }
    }

    private void showPrediction() {
        if (viewModel.guessFirst().hidden()) {
            viewModel.sampleProperty().get().ifPresent(s -> samplePicture.hideProbabilities(s.task().features()));
            return;
        }
        viewModel.predictionProperty().get().ifPresent(p -> samplePicture.showProbabilities(p.probabilities(), p.predicted(), p.expected()));
    }
}
