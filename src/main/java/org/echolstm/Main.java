package org.echolstm;

import org.echolstm.cli.EchoCommand;
import org.echolstm.training.EngineWarmup;

import java.io.ObjectInputFilter;

/**
 * Launcher. Without arguments it opens the window; with a sub-command it runs the command line.
 * A plain class (not an {@code Application}) so JavaFX loads from the class path.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (EchoCommand.trains(args)) {
            EngineWarmup.start(); // on a spare core, while the command line loads
        }
        // Before the first logger exists: the log file goes to the user's data folder.
        System.setProperty(Logging.FOLDER_PROPERTY, AppInfo.dataFolder().resolve("logs").toString());
        refuseDeserialization();
        if (args.length == 0) {
            Logging.startInBackground(); // while JavaFX starts
            org.echolstm.ui.App.launchWindow(args);
            // Native libraries may keep threads alive; the window is closed, so leave now.
            System.exit(0);
        } else {
            System.exit(EchoCommand.execute(args));
        }
    }

    /**
     * No code path of this application reads Java-serialized objects; forbidding them for the whole
     * process is a second wall behind the model file checks (DL4J's own model restore would
     * deserialize a {@code preprocessor.bin} entry).
     */
    public static void refuseDeserialization() {
        if (ObjectInputFilter.Config.getSerialFilter() == null) {
            ObjectInputFilter.Config.setSerialFilter(info -> ObjectInputFilter.Status.REJECTED);
        }
    }
}
