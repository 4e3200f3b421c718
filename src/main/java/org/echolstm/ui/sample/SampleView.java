package org.echolstm.ui.sample;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.echolstm.ui.I18n;
import org.echolstm.ui.heatmap.OneHotHeatmap;
import org.echolstm.ui.heatmap.SamplePicture;

import java.util.List;


/** The current sample: its one-hot heatmap beside the model's probabilities, and recent predictions. */
public final class SampleView {
    @FXML
    private SamplePicture samplePicture;
    @FXML
    private Label verdictLabel;
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

    private static final double NUMBER_COLUMN_WIDTH = 78;
    private static final double SEQUENCE_COLUMN_WIDTH = 72;
    private SampleViewModel viewModel;

    public void bind(SampleViewModel model) {
        this.viewModel = model;
        verdictLabel.textProperty().bind(model.verdictProperty());
        model.sampleProperty().addListener((obs, old, now) -> showSample());
        model.predictionProperty().addListener((obs, old, now) -> showPrediction());
        model.influenceProperty().addListener((obs, old, now) -> samplePicture.setInfluence(now));
        sequenceColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().sequence()));
        predictedColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().predicted()));
        expectedColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().expected()));
        verdictColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().verdict()));
        Tooltip.install(samplePicture.heatmap(), new Tooltip(I18n.t("tooltip.heatmap")));
        Tooltip.install(samplePicture.bars(), new Tooltip(I18n.t("tooltip.bars")));
        predictionTable.setTooltip(new Tooltip(I18n.t("tooltip.table")));
        predictionTable.setItems(model.recentPredictions());
        predictionTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        showSample();
    }


    public void setLook(boolean dark, double scale) {
        samplePicture.setLook(dark, scale);
        // The number columns keep room for their headings at every type size.
        for (TableColumn<?, ?> column : List.of(predictedColumn, expectedColumn)) {
            column.setMinWidth(NUMBER_COLUMN_WIDTH * scale);
        }
        sequenceColumn.setMinWidth(SEQUENCE_COLUMN_WIDTH * scale);
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

    private void showPrediction() {
        viewModel.predictionProperty().get().ifPresent(p -> samplePicture.showProbabilities(p.probabilities(), p.predicted(), p.expected()));
    }
}
