package org.echolstm.cli;

import org.echolstm.model.EchoModel;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code --model F --sequence V,V,...}: a question for a saved model about one sequence. */
final class QuestionOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Mixin
    ModelOption model;

    @Mixin
    SequenceOption sequence;

    /** A model and a sequence that fits its task. */
    record Question(EchoModel model, int[] sequence) {
    }

    /** Opens the model and checks the sequence against its task; each problem is a message naming its flag. */
    Question ask() {
        int[] values = sequence.values();
        EchoModel echoModel = model.open();
        Options.validated(command.commandLine(), () -> echoModel.task().requireValidSequence(values));
        return new Question(echoModel, values);
    }
}
