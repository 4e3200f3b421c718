package org.echolstm.ui.lesson;

import org.echolstm.model.ModelFileException;
import org.echolstm.ui.I18n;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;

/**
 * A file failure as one sentence in the window's language. The model layer's own sentences are
 * English (the command line's); here each of its problems has its sentence in the bundles
 * ({@code fileError.*}, {@link MessageFormat} patterns), and the English details they carry stay
 * in the log.
 */
public final class FileErrors {
    private FileErrors() {
    }

    public static String sentence(Throwable error) {
        if (error instanceof ModelFileException model) {
            // Always a MessageFormat pattern (so '' is an apostrophe), whether or not it shows an argument.
            return new MessageFormat(I18n.t(key(model.problem())), I18n.locale()).format(model.arguments().toArray());
        }
        if (error instanceof FileSystemException io && io.getFile() != null) {
            return sentence(ModelFileException.writeFailed(Path.of(io.getFile()), io));
        }
        if (error instanceof Error) { // no memory, or the numerics library (loaded by the first file action) is missing
            return RunErrors.sentence(error);
        }
        return I18n.t(error instanceof IOException ? "fileError.other" : "fileError.unexpected");
    }

    /** The bundle key of a problem: {@code READ_DENIED} → {@code fileError.readDenied}. */
    static String key(ModelFileException.Problem problem) {
        StringBuilder key = new StringBuilder("fileError.");
        boolean upper = false;
        for (char c : problem.name().toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                key.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return key.toString();
    }
}
