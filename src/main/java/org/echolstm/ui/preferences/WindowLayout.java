package org.echolstm.ui.preferences;

/** The main window's layout as the user left it: the open tab, and the share of the width the tabs take beside the sample. */
public record WindowLayout(int tab, double tabsShare) {
    /** Shares outside this range are not a layout anyone chose (the sample or the tabs would vanish). */
    public static final double MIN_SHARE = 0.15;
    public static final double MAX_SHARE = 0.85;

    public WindowLayout {
        tabsShare = Math.max(MIN_SHARE, Math.min(MAX_SHARE, tabsShare));
    }
}
