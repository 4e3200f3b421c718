package org.echolstm.ui.status;

import javafx.fxml.FXML;
import javafx.scene.control.Label;

/** The status bar at the bottom of the window. */
public final class StatusBarView {
    @FXML
    private Label statusLabel;
    @FXML
    private Label samplesLabel;
    @FXML
    private Label speedLabel;
    @FXML
    private Label elapsedCaption;
    @FXML
    private Label elapsedLabel;
    @FXML
    private Label heldOutCaption;
    @FXML
    private Label heldOutLabel;

    public void bind(StatusBarViewModel model) {
        statusLabel.textProperty().bind(model.messageProperty());
        samplesLabel.textProperty().bind(model.samplesProperty());
        speedLabel.textProperty().bind(model.speedProperty());
        elapsedLabel.textProperty().bind(model.elapsedProperty());
        heldOutCaption.textProperty().bind(model.heldOutCaptionProperty());
        heldOutLabel.textProperty().bind(model.heldOutProperty());
    }

    /**
     * Shows or hides the figures of the run (speed, elapsed time): presentation mode keeps the
     * figures the class reads, samples and held-out accuracy, large enough for the back of the room.
     */
    public void showRunFigures(boolean shown) {
        for (Label label : new Label[] {speedLabel, elapsedCaption, elapsedLabel}) {
            label.setVisible(shown);
            label.setManaged(shown);
        }
    }
}
