package org.echolstm.ui.lesson;

import org.echolstm.echo.EchoTask;

/** The sequence on screen and the task it belongs to: what the sample panel and the Inside tab show. */
public record Sample(EchoTask task, int[] sequence) {
    public int expected() {
        return sequence[task.echoIndex()];
    }
}
