package org.echolstm;

import org.echolstm.cli.EchoCommand;

/**
 * Launcher. Without arguments it opens the window; with a sub-command it runs the command line.
 * A plain class (not an {@code Application}) so JavaFX loads from the class path.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            org.echolstm.ui.App.launchWindow(args);
            // Native libraries may keep threads alive; the window is closed, so leave now.
            System.exit(0);
        } else {
            System.exit(EchoCommand.execute(args));
        }
    }
}
