package org.echolstm.ui.training;

import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.Button;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import org.echolstm.echo.Bounds;
import org.echolstm.ui.I18n;
import org.echolstm.ui.actions.ActionFactory;
import org.echolstm.ui.actions.Command;
import org.echolstm.ui.actions.StandardAction;

import java.util.List;
import java.util.Map;

import static org.echolstm.ui.actions.StandardAction.*;

/** The training controls under the menu: the catalogue's buttons and the speed slider. */
public final class TrainingToolbar {
    /** Speed slider positions: steps per second, the last one full speed. */
    public static final double[] PACES = {1, 2, 5, 10, 30, 100, 0};

    private TrainingToolbar() {
    }

    public static ToolBar create(Map<StandardAction, Command> commands, TrainingViewModel training) {
        ActionFactory factory = new ActionFactory();
        Slider speed = new Slider(0, PACES.length - 1, PACES.length - 1);
        speed.setId("speedSlider");
        speed.setMajorTickUnit(1);
        speed.setMinorTickCount(0);
        speed.setSnapToTicks(true);
        speed.setBlockIncrement(1);
        speed.setPrefWidth(120);
        speed.setTooltip(new Tooltip(I18n.t("tooltip.speed")));
        speed.valueProperty().addListener((obs, old, now) ->
                training.paceProperty().set(PACES[(int) Math.round(now.doubleValue())]));
        Label speedLabel = new Label(I18n.t("speed.label"));
        speedLabel.setLabelFor(speed);
        Label speedValue = new Label();
        speedValue.setId("speedValueLabel");
        speedValue.setMinWidth(90);
        speedValue.textProperty().bind(Bindings.createStringBinding(() -> training.paceProperty().get() <= 0
                ? I18n.t("speed.full") : I18n.t("speed.perSecond", Bounds.format(training.paceProperty().get())),
                training.paceProperty()));
        Button reset = factory.button(RESET, commands.get(RESET));
        Button newSample = factory.button(NEW_SAMPLE, commands.get(NEW_SAMPLE));
        ToggleButton guessFirst = factory.toggleButton(GUESS_FIRST, commands.get(GUESS_FIRST));
        Button step = factory.button(STEP, commands.get(STEP));
        Button stop = factory.button(STOP, commands.get(STOP));
        ToolBar bar = new ToolBar(factory.button(TRAIN, commands.get(TRAIN)), factory.button(PAUSE, commands.get(PAUSE)),
                step, stop, new Separator(Orientation.VERTICAL), reset, new Separator(Orientation.VERTICAL), speedLabel, speed,
                speedValue, new Separator(Orientation.VERTICAL), newSample, guessFirst);
        bar.getStyleClass().add("controls");
        ToolbarFit.keep(bar, List.of(guessFirst, reset, newSample, stop, step));
        return bar;
    }
}
