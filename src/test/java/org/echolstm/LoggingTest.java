package org.echolstm;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.rolling.RollingFileAppender;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class LoggingTest {
    @Test
    void logbackFindsTheSetUpAsAService() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        assertThat(root.getAppender("FILE")).isInstanceOf(RollingFileAppender.class);
        assertThat(root.getAppender("STDERR")).isInstanceOf(ConsoleAppender.class);
    }

    @Test
    void theFileInTheGivenFolderHoldsInfoAndTheNumericsLibrariesOnlyFromWarn(@TempDir Path folder) throws Exception {
        String before = System.getProperty(Logging.FOLDER_PROPERTY);
        System.setProperty(Logging.FOLDER_PROPERTY, folder.toString());
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter()); // as Logback's own provider does
        try {
            Logging logging = new Logging();
            logging.setContext(context);
            assertThat(logging.configure(context)).isEqualTo(ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
            context.getLogger("org.echolstm.Lesson").info("a lesson began");
            context.getLogger("org.nd4j.linalg.Factory").info("loaded a backend");
            context.getLogger("org.nd4j.linalg.Factory").warn("no AVX-512 build");
        } finally {
            context.stop();
            if (before == null) {
                System.clearProperty(Logging.FOLDER_PROPERTY);
            } else {
                System.setProperty(Logging.FOLDER_PROPERTY, before);
            }
        }
        String log = Files.readString(folder.resolve("echo-lstm-explorer.log"));
        assertThat(log).contains("INFO  org.echolstm.Lesson - a lesson began")
                .contains("WARN  org.nd4j.linalg.Factory - no AVX-512 build")
                .doesNotContain("loaded a backend");
    }
}
