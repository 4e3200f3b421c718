package org.echolstm.journey;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

import java.nio.file.Path;
import java.util.List;

/**
 * Runs a journey on real desktops: skips it where the machine has no X server tools (unless
 * {@code JOURNEYS_REQUIRED} is set, as in CI, where that is a failure), keeps a picture of every
 * desktop when a journey fails (under {@code target/journeys/}), kills what a journey left running,
 * and stops the desktops when the tests end.
 */
public final class JourneyExtension implements BeforeAllCallback, TestExecutionExceptionHandler, AfterEachCallback {
    static final Path OUTPUT = Path.of("target", "journeys");

    @Override
    public void beforeAll(ExtensionContext context) {
        List<String> missing = Desktop.missingTools();
        String advice = "journeys need " + missing + " (Debian: apt-get install xvfb openbox xdotool wmctrl x11-utils imagemagick)";
        if (System.getenv("JOURNEYS_REQUIRED") != null && !missing.isEmpty()) {
            throw new IllegalStateException(advice);
        }
        Assumptions.assumeTrue(missing.isEmpty(), advice);
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Desktops.class, k -> new Desktops(), Desktops.class);
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        String name = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
        for (Desktop desktop : Desktop.running()) {
            desktop.screenshot(OUTPUT.resolve(name + "-" + desktop.width() + "x" + desktop.height() + ".png"));
        }
        throw failure;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        RunningApp.killAll();
    }

    /** Stops the desktops once every test has run. */
    private static final class Desktops implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        @Override
        public void close() {
            Desktop.stopAll();
        }
    }
}
