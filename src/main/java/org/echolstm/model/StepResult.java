package org.echolstm.model;

/** The outcome of one training step: mean loss and correct predictions on its batch, before the update. */
public record StepResult(double loss, int correct, int size) {
}
