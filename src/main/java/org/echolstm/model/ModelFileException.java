package org.echolstm.model;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A model file that cannot be read or written. The message is one English sentence (the command
 * line, the log); {@link #problem()} and {@link #arguments()} let the window say it in the user's
 * language from its own bundles.
 */
public class ModelFileException extends IOException {
    private static final int MAX_QUOTED_LENGTH = 60;

    /** Every way a model or lesson file can fail, with its English sentence. */
    public enum Problem {
        MISSING("{0} does not exist."),
        READ_DENIED("{0} cannot be read (permission denied)."),
        READ_FAILED("{0} cannot be read: {1}"),
        TOO_LARGE("{0} is too large to be a model of this application."),
        UNEXPECTED_ENTRY("{0} contains an unexpected entry ({1}); it is not a model file of this application."),
        DUPLICATE_ENTRY("{0} contains the entry {1} twice."),
        ENTRY_TOO_LARGE("{0} contains an entry larger than any model of this application."),
        NOT_A_ZIP("{0} is not a model file (not a readable zip archive)."),
        WRITE_DENIED("Could not write {0}: permission denied."),
        WRITE_NO_FOLDER("Could not write {0}: the folder does not exist."),
        WRITE_FAILED("Could not write {0}: {1}"),
        TASK_DOES_NOT_FIT("{0}."),
        TASK_UNKNOWN("This DL4J model has no echo task stored with it, so its sequence length and echo index are "
                + "unknown."),
        UNKNOWN_OPTIMIZER("The model file''s network uses an optimizer this application does not offer ({0})."),
        FEATURES_OUT_OF_RANGE("The model file''s network has {0} inputs; features must be between {1} and {2}."),
        FOREIGN_SETTINGS("The model file''s network is outside what this application supports: {0}."),
        MISSING_CONFIGURATION("The model file lacks its network configuration."),
        TASK_NOT_AN_OBJECT("The model file''s task description is {0}, not a JSON object."),
        TASK_WRONG_TYPE("In the model file''s task description, {0} is not {1}."),
        TASK_INCOMPLETE("The model file''s task description lacks {0}."),
        TASK_UNKNOWN_FIELD("The model file''s task description has a field this application does not know ({0})."),
        NEWER_VERSION("The model file was written by a newer version of this application."),
        TASK_INVALID("The model file''s task is invalid: {0}."),
        TASK_NOT_JSON("The model file''s task description is not valid JSON."),
        MISSING_WEIGHTS("The model file lacks its network configuration or its weights."),
        CONFIGURATION_NOT_JSON("The model file''s network configuration is not valid JSON."),
        NOT_A_LAYER_STACK("The model file''s network configuration is not a DL4J layer stack."),
        FOREIGN_CLASS("The model file''s configuration refers to a class that is not part of DL4J ({0})."),
        SIZES_MISMATCH("The model file''s layer sizes do not match its task ({0} features, {1} LSTM units)."),
        UNSUPPORTED_SETTING("The model file''s network uses a setting this application cannot train with: {0}."),
        CONFIGURATION_MISMATCH("The model file''s network trains with {0}, its task description says {1}."),
        OTHER_NETWORK("The model file holds a network other than an LSTM followed by a softmax output layer, so it "
                + "cannot be used here."),
        WEIGHTS_LENGTH("The model file''s weights hold {0} values, but its configuration needs {1}."),
        WEIGHTS_TYPE("The model file''s weights are stored as {0}; only {1} is supported."),
        WEIGHTS_DAMAGED("The model file''s weights are damaged or not in ND4J''s format."),
        STATE_LENGTH("The model file''s optimizer state holds {0} values, but its configuration needs {1}."),
        STATE_TYPE("The model file''s optimizer state is stored as {0}; only {1} is supported."),
        STATE_DAMAGED("The model file''s optimizer state is damaged or not in ND4J''s format."),
        NOT_A_LESSON("{0} is a model file, not a lesson: open it as a model."),
        LESSON_NOT_JSON("The lesson''s settings and history are not valid JSON."),
        LESSON_NOT_AN_OBJECT("The lesson''s settings and history are {0}, not a JSON object."),
        LESSON_WRONG_TYPE("In the lesson''s settings and history, {0} is not {1}."),
        LESSON_INCOMPLETE("The lesson''s settings and history lack {0}."),
        LESSON_UNKNOWN_FIELD("The lesson''s settings and history have a field this application does not know ({0})."),
        LESSON_SETTINGS_INVALID("The lesson''s training settings are invalid: {0}."),
        LESSON_INVALID("The lesson''s settings and history are invalid: {0}."),
        LESSON_NEWER("The lesson was written by a newer version of this application."),
        TIMELINE_LENGTH("The lesson''s timeline holds {0} bytes but should hold {3} (snapshots listed: {1}; parameters "
                + "each: {2}).");

        private final String english;

        Problem(String english) {
            this.english = english;
        }

        /** The English sentence, a {@link MessageFormat} pattern over the arguments. */
        public String english() {
            return english;
        }
    }

    private final Problem problem;
    private final List<String> arguments;

    /** {@code arguments} fill the problem's sentence in order; they are shown as they are. */
    public ModelFileException(Problem problem, Throwable cause, Object... arguments) {
        super(format(problem, arguments), cause);
        this.problem = problem;
        this.arguments = Arrays.stream(arguments).map(String::valueOf).toList();
    }

    public ModelFileException(Problem problem, Object... arguments) {
        this(problem, null, arguments);
    }

    /** A failed write of {@code file}, by the kind of failure. */
    public static ModelFileException writeFailed(Path file, IOException e) {
        String name = String.valueOf(file.getFileName());
        if (e instanceof AccessDeniedException) {
            return new ModelFileException(Problem.WRITE_DENIED, e, name);
        }
        if (e instanceof NoSuchFileException) {
            return new ModelFileException(Problem.WRITE_NO_FOLDER, e, name);
        }
        return new ModelFileException(Problem.WRITE_FAILED, e, name, AtomicFiles.describe(e));
    }

    public Problem problem() {
        return problem;
    }

    /** The sentence's arguments: file and entry names, numbers, and English details for the log. */
    public List<String> arguments() {
        return arguments;
    }

    private static String format(Problem problem, Object... arguments) {
        Object[] text = Arrays.stream(arguments).map(String::valueOf).toArray();
        return new MessageFormat(problem.english(), Locale.ROOT).format(text);
    }

    /**
     * Text taken from a file (an entry or class name) made fit for a one-sentence message: line
     * breaks and other control characters become spaces, and a long text is cut short.
     */
    public static String quoted(String fromFile) {
        String oneLine = fromFile.replaceAll("\\p{Cntrl}", " ").strip();
        return oneLine.length() <= MAX_QUOTED_LENGTH ? oneLine : oneLine.substring(0, MAX_QUOTED_LENGTH) + "…";
    }
}
