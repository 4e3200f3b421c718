package org.echolstm.ui.parameters;

import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import org.echolstm.training.Preset;
import org.echolstm.ui.I18n;

/**
 * The preset box's own cell: the preset's whole name where it fits, else its name without the
 * settings in brackets ("Abgestimmter Standard" for "Abgestimmter Standard (10/25/7, Batch 32)");
 * the box's tooltip and its list then say the whole name.
 */
final class PresetCell extends ListCell<Preset> {
    private final Tooltip tooltip;
    private String name = "";

    PresetCell(Tooltip tooltip) {
        this.tooltip = tooltip;
    }

    @Override
    protected void updateItem(Preset preset, boolean empty) {
        super.updateItem(preset, empty);
        // No preset: the panes hold the user's own settings.
        name = preset == null ? I18n.t("preset.custom") : I18n.t("preset." + preset.name());
        fit();
    }

    @Override
    protected void layoutChildren() {
        fit();
        super.layoutChildren();
    }

    private void fit() {
        String shown = fits(name) ? name : shortName(name);
        if (!shown.equals(getText())) {
            setText(shown);
        }
        String explanation = I18n.t("tooltip.preset");
        tooltip.setText(shown.equals(name) ? explanation : name + "\n" + explanation);
    }

    /** Whether {@code text} fits the cell's room in its font (before the first layout: yes). */
    private boolean fits(String text) {
        double room = getWidth() - snappedLeftInset() - snappedRightInset();
        if (room <= 0) {
            return true;
        }
        Text measured = new Text(text);
        measured.setFont(getFont());
        return measured.getLayoutBounds().getWidth() <= room;
    }

    /** The name without the settings in brackets at its end. */
    static String shortName(String name) {
        return name.replaceFirst("\\s*\\([^()]*\\)\\s*$", "");
    }
}
