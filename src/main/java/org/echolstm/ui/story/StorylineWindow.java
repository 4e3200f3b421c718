package org.echolstm.ui.story;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.echolstm.training.Stop;
import org.echolstm.ui.FxDialogService;
import org.echolstm.ui.I18n;

import java.util.Optional;

/**
 * The storyline as a list beside the window (it does not block it): add a stop at the moment on
 * screen, show one, give it a title and a note, move it earlier or later, delete it. A title is
 * taken on Enter or when the field is left; a note when it is left or another stop is chosen.
 */
public final class StorylineWindow {
    private static Optional<Dialog<ButtonType>> open = Optional.empty();

    private final StorylineViewModel story;
    private final ListView<Stop> list = new ListView<>();
    private final TextField title = new TextField();
    private final TextArea note = new TextArea();
    /** The stop the fields edit (-1: none); kept apart from the selection, which a changed list clears. */
    private int editing = -1;
    private boolean filling;

    private StorylineWindow(StorylineViewModel story) {
        this.story = story;
    }

    /** Shows the storyline's window of {@code owner}, or brings it to the front if it is open. */
    public static void show(StorylineViewModel story, Window owner) {
        if (open.filter(d -> d.isShowing()).isPresent()) {
            open.get().getDialogPane().getScene().getWindow().requestFocus();
            return;
        }
        Dialog<ButtonType> dialog = new StorylineWindow(story).dialog(owner);
        open = Optional.of(dialog);
        dialog.setOnHidden(e -> open = Optional.empty());
        dialog.show();
    }

    private Dialog<ButtonType> dialog(Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initModality(Modality.NONE);
        FxDialogService.ownBy(dialog, owner);
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().setStyle(owner.getScene().getRoot().getStyle()); // the window's type size
        }
        dialog.setTitle(I18n.t("story.window.title"));
        dialog.setResizable(true);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.getDialogPane().setContent(content());
        dialog.setOnCloseRequest(e -> commit());
        // Escape closes it from anywhere in it (the list would keep the key for itself).
        dialog.getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                commit();
                dialog.close();
                e.consume();
            }
        });
        return dialog;
    }

    private VBox content() {
        list.setId("storyStops");
        list.setItems(story.stops());
        list.setPrefSize(460, 220);
        list.setPlaceholder(new Label(I18n.t("story.window.empty")));
        list.setAccessibleText(I18n.t("story.window.title"));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Stop stop, boolean empty) {
                super.updateItem(stop, empty);
                setText(empty || stop == null ? null : I18n.t("story.window.row", getIndex() + 1, stop.title(),
                        I18n.count(stop.samples()), I18n.t("tab." + stop.view().name().toLowerCase(java.util.Locale.ROOT))));
            }
        });
        list.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> {
            if (!filling) {
                commit();
                fill(now.intValue());
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                story.goTo(editing);
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                story.goTo(editing);
                e.consume();
            }
        });
        story.stops().addListener((ListChangeListener<Stop>) change -> {
            if (!filling) {
                fill(editing < story.stops().size() ? editing : -1);
            }
        });
        story.currentProperty().addListener((obs, old, now) -> {
            if (now.intValue() >= 0) {
                commit();
                fill(now.intValue());
            }
        });

        title.setId("storyTitleField");
        title.setPromptText(I18n.t("story.window.titlePrompt"));
        title.setOnAction(e -> commit());
        title.focusedProperty().addListener((obs, old, now) -> {
            if (!now) {
                commit();
            }
        });
        note.setId("storyNoteField");
        note.setPromptText(I18n.t("story.window.notePrompt"));
        note.setWrapText(true);
        note.setPrefRowCount(4);
        note.focusedProperty().addListener((obs, old, now) -> {
            if (!now) {
                commit();
            }
        });
        Label titleLabel = new Label(I18n.t("story.window.titleLabel"));
        titleLabel.setLabelFor(title);
        Label noteLabel = new Label(I18n.t("story.window.noteLabel"));
        noteLabel.setLabelFor(note);
        title.disableProperty().bind(list.getSelectionModel().selectedIndexProperty().lessThan(0));
        note.disableProperty().bind(title.disableProperty());

        Button add = button("storyAdd", "story.window.add", () -> {
            commit();
            story.addStop();
        });
        add.disableProperty().bind(story.canAddProperty().not());
        Button showStop = button("storyShow", "story.window.show", () -> {
            commit();
            story.goTo(editing);
        });
        showStop.disableProperty().bind(story.canGoProperty().not().or(title.disableProperty()));
        Button up = button("storyUp", "story.window.up", () -> move(-1));
        up.disableProperty().bind(list.getSelectionModel().selectedIndexProperty().lessThan(1));
        Button down = button("storyDown", "story.window.down", () -> move(1));
        down.disableProperty().bind(title.disableProperty().or(list.getSelectionModel().selectedIndexProperty()
                .greaterThanOrEqualTo(Bindings.size(story.stops()).subtract(1))));
        Button delete = button("storyDelete", "story.window.delete", () -> {
            int index = editing;
            editing = -1;
            story.delete(index);
        });
        delete.disableProperty().bind(title.disableProperty());
        HBox buttons = new HBox(6, add, showStop, up, down, delete);
        VBox box = new VBox(6, list, buttons, titleLabel, title, noteLabel, note);
        VBox.setVgrow(list, Priority.ALWAYS);
        box.setPadding(new Insets(4));
        fill(story.currentProperty().get());
        return box;
    }

    private static Button button(String id, String textKey, Runnable action) {
        Button button = new Button(I18n.t(textKey));
        button.setId(id);
        button.setMinWidth(Button.USE_PREF_SIZE);
        button.setOnAction(e -> action.run());
        return button;
    }

    private void move(int by) {
        commit();
        int index = editing;
        editing = index + by;
        story.move(index, by);
    }

    /** Takes the fields' title and note into the stop they edit. */
    private void commit() {
        if (filling || editing < 0 || editing >= story.stops().size()) {
            return;
        }
        int index = editing;
        String newTitle = title.getText();
        String newNote = note.getText();
        // The list changes under the fields: it must not fill them (or clear its selection) meanwhile.
        filling = true;
        try {
            story.rename(index, newTitle);
            story.setNote(index, newNote);
            list.getSelectionModel().select(index);
        } finally {
            filling = false;
        }
    }

    /** Shows stop {@code index} in the list and the fields (-1: none). */
    private void fill(int index) {
        filling = true;
        try {
            editing = index;
            if (index >= 0 && index < story.stops().size()) {
                list.getSelectionModel().select(index);
                Stop stop = story.stops().get(index);
                title.setText(stop.title());
                note.setText(stop.note());
            } else {
                list.getSelectionModel().clearSelection();
                title.clear();
                note.clear();
            }
        } finally {
            filling = false;
        }
    }
}
