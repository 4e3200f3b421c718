package org.echolstm.ui;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The everyday things a user does to the window's lesson, picked by number: for exercising the
 * window with random presses (a soak run, the random-faults check). Each runs on the FX thread.
 */
public final class UserActions {
    /** How many actions there are; {@link #perform} takes 0 to {@code COUNT - 1}. */
    public static final int COUNT = 11;

    private UserActions() {
    }

    /**
     * Performs action {@code action}: train (two numbers, so it is picked twice as often), pause,
     * resume, step, stop, reset the weights, a new sample, save the model, export the history, a
     * new model. Files go to {@code folder}; returns the model file a save was started for.
     */
    public static Optional<Path> perform(MainViewModel vm, int action, Path folder, String fileName) {
        switch (action) {
            case 0, 1 -> vm.training().train();
            case 2 -> vm.training().pause();
            case 3 -> vm.training().resume();
            case 4 -> vm.training().step();
            case 5 -> vm.training().stop();
            case 6 -> vm.training().resetWeights();
            case 7 -> vm.sample().newSample();
            case 8 -> {
                if (vm.lesson().hasModelProperty().get()) {
                    Path file = folder.resolve(fileName);
                    vm.files().saveModel(file);
                    return Optional.of(file);
                }
            }
            case 9 -> vm.export().exportHistory(folder.resolve("history-9.csv"));
            case 10 -> vm.files().newModel();
            default -> throw new IllegalArgumentException("no action " + action);
        }
        return Optional.empty();
    }
}
