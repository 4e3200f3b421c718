package org.echolstm.ui.parameters;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.Node;
import org.echolstm.model.Optimizer;
import org.echolstm.training.Preset;
import org.echolstm.ui.I18n;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.util.StringConverter;

/** The parameter panes: task, model and training settings, each field with its inline message. */
public final class ParametersView {
    @FXML
    private Label presetLabel;
    @FXML
    private ComboBox<Preset> presetBox;
    @FXML
    private GridPane taskGrid;
    @FXML
    private GridPane modelGrid;
    @FXML
    private GridPane trainingGrid;

    private ParametersViewModel viewModel;

    public void bind(ParametersViewModel model) {
        this.viewModel = model;
        presetBox.getItems().setAll(Preset.values());
        presetBox.valueProperty().bindBidirectional(model.presetProperty());
        presetLabel.setLabelFor(presetBox);
        presetBox.setTooltip(new Tooltip(I18n.t("tooltip.preset")));
        presetBox.setButtonCell(new PresetCell(presetBox.getTooltip()));
        presetBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(Preset preset) {
                return preset == null ? "" : I18n.t("preset." + preset.name());
            }

            @Override
            public Preset fromString(String text) {
                return null;
            }
        });

        addRow(taskGrid, model.length, "length",
                sliderFor(model.length, 1, 100, null));
        addRow(taskGrid, model.features, "features",
                sliderFor(model.features, 2, 200, null));
        addRow(taskGrid, model.echoIndex, "echoIndex",
                sliderFor(model.echoIndex, 0, 9, model.maxEchoIndexProperty()));

        addRow(modelGrid, model.units, "units", null);
        ComboBox<Optimizer> optimizerBox = new ComboBox<>();
        optimizerBox.setId("optimizerBox");
        optimizerBox.getItems().setAll(Optimizer.values());
        optimizerBox.valueProperty().bindBidirectional(model.optimizerProperty());
        optimizerBox.setMaxWidth(Double.MAX_VALUE);
        optimizerBox.setTooltip(new Tooltip(I18n.t("tooltip.optimizer")));
        int row = nextRow(modelGrid);
        Label optimizerLabel = new Label(I18n.t("field.optimizer"));
        optimizerLabel.setStyle(CAPTION_WIDTH);
        optimizerLabel.setLabelFor(optimizerBox);
        modelGrid.add(optimizerLabel, 0, row);
        modelGrid.add(optimizerBox, 1, row);
        addRow(modelGrid, model.learningRate, "learningRate", null);
        addRow(modelGrid, model.seed, "seed", null);

        addRow(trainingGrid, model.batchSize, "batchSize", null);
        addRow(trainingGrid, model.sampleLimit, "sampleLimit", null);
        addRow(trainingGrid, model.targetAccuracy, "targetAccuracy", null);
    }

    public ParametersViewModel viewModel() {
        return viewModel;
    }

    /**
     * A label and the field, an optional slider under it, and the field's message on a wrapped line
     * of its own below them; caption and help come from the bundle keys field.ID and field.ID.help.
     */
    private static void addRow(GridPane grid, ParametersViewModel.Field field, String id, Slider slider) {
        int row = nextRow(grid);
        Label caption = new Label(I18n.t("field." + id));
        caption.setStyle(CAPTION_WIDTH);
        // Where the pane is narrow for the type (large zoom), a caption takes two lines rather than losing words.
        caption.setWrapText(true);
        caption.setMinHeight(Region.USE_PREF_SIZE);
        String help = I18n.t("field." + id + ".help");
        TextField text = new TextField();
        text.setId(id + "Field");
        text.setPrefColumnCount(7);
        text.textProperty().bindBidirectional(field.textProperty());
        text.setTooltip(new Tooltip(help));
        caption.setLabelFor(text);
        Label error = new Label();
        error.setId(id + "Error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setMaxWidth(Double.MAX_VALUE);
        error.setMinHeight(Region.USE_PREF_SIZE);
        error.textProperty().bind(field.errorProperty());
        error.visibleProperty().bind(field.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        text.pseudoClassStateChanged(INVALID, !field.errorProperty().get().isEmpty());
        field.errorProperty().addListener((obs, old, now) -> text.pseudoClassStateChanged(INVALID, !now.isEmpty()));
        grid.add(caption, 0, row);
        grid.add(text, 1, row);
        GridPane.setHgrow(text, Priority.ALWAYS);
        if (slider != null) {
            slider.setId(id + "Slider");
            slider.setAccessibleText(I18n.t("a11y.sliderOf", caption.getText()));
            grid.add(slider, 1, row + 1);
            row++;
        }
        grid.add(error, 0, row + 1, 2, 1);
    }

    /**
     * The first free row: below every child, also the hidden (unmanaged) messages, which
     * {@link GridPane#getRowCount()} may not count - a message must never share the next field's row.
     */
    static int nextRow(GridPane grid) {
        int next = 0;
        for (Node child : grid.getChildren()) {
            Integer row = GridPane.getRowIndex(child);
            Integer span = GridPane.getRowSpan(child);
            next = Math.max(next, (row == null ? 0 : row) + (span == null ? 1 : span));
        }
        return next;
    }

    /** 120 px at the normal type size, in em so that it grows with the window's scale. */
    private static final String CAPTION_WIDTH = "-fx-min-width: 9.25em;";

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    /** A slider that follows the field when it holds a number, and sets it when moved. */
    private static Slider sliderFor(ParametersViewModel.Field field, int min, int max, ReadOnlyIntegerProperty dynamicMax) {
        Slider slider = new Slider(min, max, min);
        slider.setBlockIncrement(1);
        slider.setMajorTickUnit(1);
        slider.setMinorTickCount(0);
        slider.setSnapToTicks(true);
        if (dynamicMax != null) {
            slider.maxProperty().bind(Bindings.max(1, dynamicMax));
        }
        boolean[] updating = {false};
        Runnable fromText = () -> {
            try {
                double value = Double.parseDouble(field.textProperty().get().trim());
                updating[0] = true;
                slider.setValue(Math.max(slider.getMin(), Math.min(slider.getMax(), value)));
            } catch (NumberFormatException | NullPointerException ignored) {
                // Not a number: the field shows the message; the slider stays where it was.
            } finally {
                updating[0] = false;
            }
        };
        field.textProperty().addListener((obs, old, now) -> fromText.run());
        slider.maxProperty().addListener((obs, old, now) -> fromText.run());
        slider.valueProperty().addListener((obs, old, now) -> {
            if (!updating[0] && slider.isValueChanging() || !updating[0] && slider.isFocused()) {
                field.textProperty().set(Long.toString(Math.round(now.doubleValue())));
            }
        });
        fromText.run();
        return slider;
    }
}
