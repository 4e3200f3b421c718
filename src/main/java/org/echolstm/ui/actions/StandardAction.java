package org.echolstm.ui.actions;

import javafx.scene.input.KeyCombination;

import java.util.Optional;

/**
 * Every action of the window, once: its text, its shortcut (written with "Shortcut", which is Ctrl on
 * Linux and Windows and Cmd on macOS), the single classroom key that also triggers it outside text
 * fields, and the icon of its menu item and toolbar button. Menus, toolbar and the shortcuts list are
 * all made from this catalogue, so they cannot disagree.
 */
public enum StandardAction {
    NEW_MODEL("newModel", "menu.file.new", "Shortcut+Shift+N", "mdi2f-file-plus-outline"),
    OPEN_MODEL("open", "menu.file.open", "Shortcut+O", "mdi2f-folder-open-outline"),
    SAVE_MODEL("save", "menu.file.save", "Shortcut+S", "mdi2c-content-save-outline"),
    SAVE_MODEL_AS("saveAs", "menu.file.saveAs", "Shortcut+Shift+S", "mdi2c-content-save-edit-outline"),
    OPEN_LESSON("openLesson", "menu.file.openLesson", "Shortcut+Shift+O", "mdi2b-book-open-page-variant-outline"),
    SAVE_LESSON("saveLesson", "menu.file.saveLesson", "Shortcut+Shift+L", "mdi2b-book-arrow-down-outline"),
    EXPORT_JSON("exportJson", "menu.file.export.json", null, "mdi2c-code-json"),
    EXPORT_NPZ("exportNpz", "menu.file.export.npz", null, "mdi2f-file-export-outline"),
    EXPORT_ONNX("exportOnnx", "menu.file.export.onnx", null, "mdi2g-graph-outline"),
    EXPORT_CSV("exportCsv", "menu.file.export.csv", null, "mdi2f-file-delimited-outline"),
    EXPORT_TABLE("exportTable", "menu.file.export.table", null, "mdi2t-table"),
    EXPORT_CHARTS("exportCharts", "menu.file.export.charts", null, "mdi2c-chart-line"),
    EXPORT_HEATMAP("exportHeatmap", "menu.file.export.heatmap", null, "mdi2i-image-outline"),
    EXPORT_HANDOUT("exportHandout", "menu.file.export.handout", null, "mdi2f-file-document-outline"),
    QUIT("quit", "menu.file.quit", "Shortcut+Q", "mdi2e-exit-to-app"),

    TRAIN("train", "menu.training.train", "F5", "Space", "mdi2p-play"),
    PAUSE("pause", "menu.training.pause", "F6", "Space", "mdi2p-pause"),
    // The timeline: ← and → move through the kept moments while training does not run (→ steps at now).
    MARK_MOMENT("mark", "menu.training.mark", "Shortcut+M", null, "mdi2b-bookmark-outline"),
    REPLAY_EARLIER("replayEarlier", "menu.training.earlier", null, "Left", "mdi2c-chevron-left"),
    REPLAY_LATER("replayLater", "menu.training.later", null, "Right", "mdi2c-chevron-right"),
    BACK_TO_NOW("backToNow", "menu.training.backToNow", null, "Home", "mdi2c-chevron-double-right"),
    STEP("step", "menu.training.step", "F7", "Right", "mdi2s-step-forward"),
    STOP("stop", "menu.training.stop", "F8", null, "mdi2s-stop"),
    RESET("reset", "menu.training.reset", "Shortcut+R", "R", "mdi2r-restore"),
    NEW_SAMPLE("newSample", "menu.training.newSample", "Shortcut+N", "N", "mdi2d-dice-multiple-outline"),

    // The storyline: Page Down and Page Up (what presentation clickers send) go through its stops.
    ADD_STOP("addStop", "menu.story.add", "Shortcut+Shift+M", null, "mdi2m-map-marker-plus-outline"),
    STORYLINE("storyline", "menu.story.edit", "Shortcut+Shift+Y", null, "mdi2f-format-list-numbered"),
    NEXT_STOP("nextStop", "menu.story.next", null, "Page Down", "mdi2p-page-next-outline"),
    PREVIOUS_STOP("previousStop", "menu.story.previous", null, "Page Up", "mdi2p-page-previous-outline"),
    CAPTION("caption", "menu.story.caption", null, "C", "mdi2c-closed-caption-outline"),

    PRESENTATION("presentation", "menu.view.presentation", "F11", "mdi2p-projector-screen"),
    PARAMETERS("parameters", "menu.view.parameters", "Shortcut+Shift+P", "mdi2t-tune-variant"),
    LIGHT_THEME("lightTheme", "menu.view.theme.light", null, "mdi2w-white-balance-sunny"),
    DARK_THEME("darkTheme", "menu.view.theme.dark", null, "mdi2w-weather-night"),
    HIGH_CONTRAST_THEME("contrastTheme", "menu.view.theme.contrast", null, "mdi2c-contrast-box"),
    NEXT_THEME("nextTheme", "menu.view.theme.next", "Shortcut+Shift+D", "mdi2t-theme-light-dark"),
    COMPARE("compare", "menu.view.compare", null, "mdi2c-compare-horizontal"),
    // Guess first: G hides the model's answer for each sample until V reveals it.
    GUESS_FIRST("guessFirst", "menu.view.guessFirst", "Shortcut+G", "G", "mdi2e-eye-off-outline"),
    REVEAL_ANSWER("revealAnswer", "menu.view.reveal", null, "V", "mdi2e-eye-outline"),
    PREFERENCES("preferences", "menu.view.preferences", "Shortcut+Comma", "mdi2c-cog-outline"),
    ZOOM_IN("zoomIn", "menu.view.zoomIn", "Shortcut+Plus", "mdi2m-magnify-plus-outline"),
    ZOOM_OUT("zoomOut", "menu.view.zoomOut", "Shortcut+Minus", "mdi2m-magnify-minus-outline"),
    ZOOM_RESET("zoomReset", "menu.view.zoomReset", "Shortcut+0", "mdi2m-magnify"),

    GUIDE("guide", "menu.help.guide", "F1", "mdi2b-book-open-variant"),
    SHORTCUTS("shortcuts", "menu.help.shortcuts", "Shortcut+F1", "mdi2k-keyboard-outline"),
    EXPLAIN("explain", "menu.help.explain", "F2", "mdi2l-lightbulb-on-outline"),
    ABOUT("about", "menu.help.about", null, "mdi2i-information-outline");

    private final String id;
    private final String textKey;
    private final String accelerator;
    private final String classroomKey;
    private final String icon;

    StandardAction(String id, String textKey, String accelerator, String icon) {
        this(id, textKey, accelerator, null, icon);
    }

    StandardAction(String id, String textKey, String accelerator, String classroomKey, String icon) {
        this.id = id;
        this.textKey = textKey;
        this.accelerator = accelerator;
        this.classroomKey = classroomKey;
        this.icon = icon;
    }

    /** The base of the controls' ids: "train" gives #trainItem and #trainButton. */
    public String id() {
        return id;
    }

    /** The bundle key of the menu text (with its mnemonic underscore). */
    public String textKey() {
        return textKey;
    }

    public Optional<KeyCombination> accelerator() {
        return Optional.ofNullable(accelerator).map(KeyCombination::valueOf).map(KeyNames::named);
    }

    /** A key without modifiers that triggers the action outside text fields (Space, Right, R, N, Left, Home, G, V, Page Down, Page Up, C). */
    public Optional<KeyCombination> classroomKey() {
        return Optional.ofNullable(classroomKey).map(KeyCombination::valueOf).map(KeyNames::named);
    }

    /** The Ikonli literal of the icon on the menu item and toolbar button (Material Design Icons). */
    public String icon() {
        return icon;
    }
}
