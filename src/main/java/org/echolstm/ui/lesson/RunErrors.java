package org.echolstm.ui.lesson;

import org.echolstm.ui.I18n;

/**
 * A failure of training, a step or a prediction as one sentence in the window's language. The
 * exception's own message is English and technical: it stays in the dialog's details and the log.
 */
public final class RunErrors {
    private RunErrors() {
    }

    public static String sentence(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof OutOfMemoryError) {
                return I18n.t("runError.memory");
            }
            if (cause instanceof LinkageError) { // a native part or a class of the library is missing
                return I18n.t("runError.library");
            }
        }
        return I18n.t("runError.unexpected");
    }
}
