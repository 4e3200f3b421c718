package org.echolstm.ui.story;

import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The caption under the timeline while a stop is on screen: its number, title and note, large in
 * presentation mode (the type follows the window's). C hides and shows it.
 */
public final class StoryCaption {
    private StoryCaption() {
    }

    public static VBox create(StorylineViewModel story) {
        Label title = new Label();
        title.setId("storyTitle");
        title.getStyleClass().add("story-title");
        title.setWrapText(true);
        title.textProperty().bind(story.captionTitleProperty());
        Label note = new Label();
        note.setId("storyNote");
        note.getStyleClass().add("story-note");
        note.setWrapText(true);
        note.textProperty().bind(story.captionNoteProperty());
        note.visibleProperty().bind(note.textProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());
        VBox caption = new VBox(title, note);
        caption.setId("storyCaption");
        caption.getStyleClass().add("story-caption");
        caption.setAccessibleRole(AccessibleRole.TEXT);
        caption.accessibleTextProperty().bind(title.textProperty().concat(". ").concat(note.textProperty()));
        caption.visibleProperty().bind(story.captionOnScreenProperty());
        caption.managedProperty().bind(caption.visibleProperty());
        return caption;
    }
}
