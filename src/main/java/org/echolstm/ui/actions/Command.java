package org.echolstm.ui.actions;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;

import java.util.Optional;

/**
 * What an action does, and when it may: {@code executable} is a binding, so the menu item, the
 * toolbar button and the key all follow the same rule. A toggle command also has a selected state
 * (a check menu item), a choice whether it is the chosen one (a radio menu item); a command may
 * change its text (Pause becomes Resume).
 */
public final class Command {
    private final Runnable action;
    private final ObservableBooleanValue executable;
    private final Optional<BooleanProperty> selected;
    private Optional<ObservableBooleanValue> chosen = Optional.empty();
    private Optional<ObservableStringValue> text = Optional.empty();

    private Command(Runnable action, ObservableBooleanValue executable, Optional<BooleanProperty> selected) {
        this.action = action;
        this.executable = executable;
        this.selected = selected;
    }

    public static Command of(Runnable action, ObservableBooleanValue executable) {
        return new Command(action, executable, Optional.empty());
    }

    public static Command always(Runnable action) {
        return of(action, Bindings.createBooleanBinding(() -> true));
    }

    /** A command that switches {@code selected} (and runs {@code afterToggle} once it changed). */
    public static Command toggle(BooleanProperty selected, Runnable afterToggle) {
        return new Command(afterToggle, Bindings.createBooleanBinding(() -> true), Optional.of(selected));
    }

    /**
     * One of several choices (a radio menu item): {@code choose} makes it the chosen one, which
     * {@code chosen} then says.
     */
    public static Command choice(ObservableBooleanValue chosen, Runnable choose) {
        Command command = always(choose);
        command.chosen = Optional.of(chosen);
        return command;
    }

    /** Shows {@code changingText} instead of the catalogue's text. */
    public Command withText(ObservableStringValue changingText) {
        this.text = Optional.of(changingText);
        return this;
    }

    public ObservableBooleanValue executableProperty() {
        return executable;
    }

    public Optional<BooleanProperty> selectedProperty() {
        return selected;
    }

    /** For a choice: whether it is the chosen one now. */
    public Optional<ObservableBooleanValue> chosenProperty() {
        return chosen;
    }

    public Optional<ObservableStringValue> text() {
        return text;
    }

    /** For a toggle whose state a control already flipped: runs what follows the change. */
    public void reactToToggle() {
        action.run();
    }

    /** Runs the command if it may run now; for a toggle, flips its state first. */
    public void execute() {
        if (!executable.get()) {
            return;
        }
        selected.ifPresent(s -> s.set(!s.get()));
        action.run();
    }
}
