package org.echolstm.ui.actions;

import javafx.scene.input.KeyCombination;

import java.util.Optional;

/**
 * Every action of the window, once: its text, its shortcut (written with "Shortcut", which is Ctrl on
 * Linux and Windows and Cmd on macOS), the single classroom key that also triggers it outside text
 * fields, and the icon of its toolbar button. Menus, toolbar and the shortcuts list are all made from
 * this catalogue, so they cannot disagree.
 */
public enum StandardAction {
    NEW_MODEL("newModel", "menu.file.new", "Shortcut+Shift+N"),
    OPEN_MODEL("open", "menu.file.open", "Shortcut+O"),
    SAVE_MODEL("save", "menu.file.save", "Shortcut+S"),
    SAVE_MODEL_AS("saveAs", "menu.file.saveAs", "Shortcut+Shift+S"),
    OPEN_LESSON("openLesson", "menu.file.openLesson", "Shortcut+Shift+O"),
    SAVE_LESSON("saveLesson", "menu.file.saveLesson", "Shortcut+Shift+L"),
    EXPORT_JSON("exportJson", "menu.file.export.json", null),
    EXPORT_NPZ("exportNpz", "menu.file.export.npz", null),
    EXPORT_ONNX("exportOnnx", "menu.file.export.onnx", null),
    EXPORT_CSV("exportCsv", "menu.file.export.csv", null),
    EXPORT_TABLE("exportTable", "menu.file.export.table", null),
    EXPORT_CHARTS("exportCharts", "menu.file.export.charts", null),
    EXPORT_HEATMAP("exportHeatmap", "menu.file.export.heatmap", null),
    QUIT("quit", "menu.file.quit", "Shortcut+Q"),

    TRAIN("train", "menu.training.train", "F5", "Space", "M0,0 L10,6 L0,12 Z"),
    PAUSE("pause", "menu.training.pause", "F6", "Space", "M0,0 H3.5 V12 H0 Z M6.5,0 H10 V12 H6.5 Z"),
    STEP("step", "menu.training.step", "F7", "Right", "M0,0 L8,6 L0,12 Z M9,0 H11.5 V12 H9 Z"),
    STOP("stop", "menu.training.stop", "F8", null, "M0,1 H10 V11 H0 Z"),
    RESET("reset", "menu.training.reset", "Shortcut+R", "R", null),
    NEW_SAMPLE("newSample", "menu.training.newSample", "Shortcut+N", "N", null),

    PRESENTATION("presentation", "menu.view.presentation", "F11"),
    PARAMETERS("parameters", "menu.view.parameters", "Shortcut+Shift+P"),
    DARK_THEME("dark", "menu.view.dark", "Shortcut+Shift+D"),
    COMPARE("compare", "menu.view.compare", null),
    PREFERENCES("preferences", "menu.view.preferences", "Shortcut+Comma"),
    ZOOM_IN("zoomIn", "menu.view.zoomIn", "Shortcut+Plus"),
    ZOOM_OUT("zoomOut", "menu.view.zoomOut", "Shortcut+Minus"),
    ZOOM_RESET("zoomReset", "menu.view.zoomReset", "Shortcut+0"),

    GUIDE("guide", "menu.help.guide", "F1"),
    SHORTCUTS("shortcuts", "menu.help.shortcuts", "Shortcut+F1"),
    EXPLAIN("explain", "menu.help.explain", "F2"),
    ABOUT("about", "menu.help.about", null);

    private final String id;
    private final String textKey;
    private final String accelerator;
    private final String classroomKey;
    private final String icon;

    StandardAction(String id, String textKey, String accelerator) {
        this(id, textKey, accelerator, null, null);
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
        return Optional.ofNullable(accelerator).map(KeyCombination::valueOf);
    }

    /** A key without modifiers that triggers the action outside text fields (Space, Right, R, N). */
    public Optional<KeyCombination> classroomKey() {
        return Optional.ofNullable(classroomKey).map(KeyCombination::valueOf);
    }

    /** SVG path of the toolbar icon, for the actions that have one. */
    public Optional<String> icon() {
        return Optional.ofNullable(icon);
    }
}
