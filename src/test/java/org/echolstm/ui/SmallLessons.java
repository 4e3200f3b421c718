package org.echolstm.ui;

import org.echolstm.echo.EchoTask;
import org.echolstm.ui.concurrent.DirectTaskExecutor;
import org.echolstm.ui.parameters.ParametersViewModel;

/**
 * A lesson small enough to train in a blink, for view-model tests: the window's view models on a
 * {@link DirectTaskExecutor}, so every run, step and file finishes before the call returns.
 */
public final class SmallLessons {
    public static final EchoTask TASK = new EchoTask(4, 4, 1);
    public static final int UNITS = 8;
    public static final int BATCH = 8;

    private SmallLessons() {
    }

    /** Types the small lesson into the parameter panes, stopping after {@code sampleLimit} samples. */
    public static void typeInto(ParametersViewModel parameters, long sampleLimit) {
        parameters.length.textProperty().set(Integer.toString(TASK.length()));
        parameters.features.textProperty().set(Integer.toString(TASK.features()));
        parameters.echoIndex.textProperty().set(Integer.toString(TASK.echoIndex()));
        parameters.units.textProperty().set(Integer.toString(UNITS));
        parameters.batchSize.textProperty().set(Integer.toString(BATCH));
        parameters.learningRate.textProperty().set("0.05");
        parameters.seed.textProperty().set("1");
        parameters.sampleLimit.textProperty().set(Long.toString(sampleLimit));
        parameters.targetAccuracy.textProperty().set("");
    }

    /** The window's view models with the small lesson in the panes; nothing trained yet. */
    public static MainViewModel window(DialogService dialogs, long sampleLimit) {
        MainViewModel vm = new MainViewModel(dialogs, new DirectTaskExecutor());
        typeInto(vm.parameters(), sampleLimit);
        return vm;
    }

    /** The window's view models after a run of the small lesson to {@code sampleLimit} samples. */
    public static MainViewModel trained(DialogService dialogs, long sampleLimit) {
        MainViewModel vm = window(dialogs, sampleLimit);
        vm.training().train();
        if (vm.lesson().samplesShown() != sampleLimit) {
            throw new AssertionError("the run ended at " + vm.lesson().samplesShown() + " samples");
        }
        return vm;
    }
}
