package org.echolstm.cli;

import org.echolstm.AppInfo;
import org.echolstm.cli.bench.BenchCommand;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;

/** The command line: {@code echo-lstm <command> [options]}. */
@Command(name = "echo-lstm",
        mixinStandardHelpOptions = true,
        versionProvider = EchoCommand.Version.class,
        description = "Train, evaluate and query LSTMs on the echo sequence prediction problem.",
        subcommands = {TrainCommand.class, EvaluateCommand.class, PredictCommand.class, InspectCommand.class,
                ExportCommand.class, ScreenshotCommand.class, BenchCommand.class, SweepCommand.class,
                HelpCommand.class})
public final class EchoCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: choose one of "
                + String.join(", ", spec.subcommands().keySet()) + ".");
    }

    /** Runs the command line and returns the exit status: 0 success, 1 failure, 2 bad arguments. */
    public static int execute(String... args) {
        return commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true)).execute(args);
    }

    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new EchoCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler((e, args) -> {
            // One line for what is wrong, one for where to look: no usage dump, no stack trace.
            CommandLine failed = e.getCommandLine();
            failed.getErr().println(e.getMessage());
            failed.getErr().println("Run '" + failed.getCommandSpec().qualifiedName() + " --help' for the options.");
            return 2;
        });
        commandLine.setExecutionExceptionHandler((e, cl, parseResult) -> {
            if (e instanceof CommandFailure failure) {
                cl.getErr().println(failure.getMessage());
                return 1;
            }
            LoggerFactory.getLogger(EchoCommand.class).error("Command failed", e);
            cl.getErr().println("Unexpected error: " + e + " (details in the log)");
            return 1;
        });
        return commandLine;
    }

    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {AppInfo.NAME + " " + AppInfo.VERSION};
        }
    }
}
