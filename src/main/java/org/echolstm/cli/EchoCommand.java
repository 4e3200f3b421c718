package org.echolstm.cli;

import org.echolstm.AppInfo;
import org.echolstm.cli.bench.BenchCommand;
import org.echolstm.training.EngineWarmup;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The command line: {@code echo-lstm <command> [options]}. */
@Command(name = "echo-lstm",
        mixinStandardHelpOptions = true,
        versionProvider = EchoCommand.Version.class,
        description = "Train, evaluate and query LSTMs on the echo sequence prediction problem.")
public final class EchoCommand implements Runnable {
    /**
     * The commands by name, in the order help lists them. Picocli reads every registered command's
     * options by reflection (and their types, which pull in JavaFX and the experiments), so a run
     * registers only the command it names: about a third of the time from JVM start to the command.
     */
    private static final Map<String, Class<?>> COMMANDS = commands(TrainCommand.class, EvaluateCommand.class,
            PredictCommand.class, InspectCommand.class, ExportCommand.class, ScreenshotCommand.class, HandoutCommand.class,
            BenchCommand.class, SweepCommand.class, TrainingRunCommand.class, HelpCommand.class);

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        List<String> shown = spec.subcommands().entrySet().stream()
                .filter(command -> !command.getValue().getCommandSpec().usageMessage().hidden())
                .map(Map.Entry::getKey).toList();
        throw new ParameterException(spec.commandLine(), "Missing command: choose one of "
                + String.join(", ", shown) + ".");
    }

    /** Runs the command line and returns the exit status: 0 success, 1 failure, 2 bad arguments. */
    public static int execute(String... args) {
        return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** {@link #execute(String...)} writing to the given streams. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        Class<?> named = args.length > 0 ? COMMANDS.get(args[0]) : null;
        if (named == HelpCommand.class) {
            return commandLine(out, err, COMMANDS).execute(args); // "help train" needs train's options
        }
        if (named != null) {
            return commandLine(out, err, Map.of(args[0], named)).execute(args);
        }
        // No command, --help, --version or a wrong name: the overview and picocli's suggestions
        // need only each command's name and description, not its options.
        CommandLine overview = commandLine(out, err, Map.of());
        COMMANDS.forEach((name, command) -> overview.addSubcommand(name, command == HelpCommand.class
                ? new CommandLine(command) : new CommandLine(outline(command))));
        return overview.execute(args);
    }

    /** A command's name, description and visibility, without reading its options. */
    private static CommandSpec outline(Class<?> command) {
        Command annotation = command.getAnnotation(Command.class);
        CommandSpec spec = CommandSpec.create().name(annotation.name());
        spec.usageMessage().description(annotation.description()).hidden(annotation.hidden());
        return spec;
    }

    /**
     * Whether the arguments run a command that trains (not just its help): the launcher then warms
     * the engine up while the JVM loads the command line ({@link EngineWarmup}).
     */
    public static boolean trains(String... args) {
        return args.length > 0 && (args[0].equals("train") || args[0].equals("sweep"))
                && !List.of(args).contains("--help") && !List.of(args).contains("-h");
    }

    /** The command line with every command registered. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, COMMANDS);
    }

    private static CommandLine commandLine(PrintWriter out, PrintWriter err, Map<String, Class<?>> commands) {
        CommandLine commandLine = new CommandLine(new EchoCommand());
        commands.forEach(commandLine::addSubcommand);
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

    private static Map<String, Class<?>> commands(Class<?>... classes) {
        Map<String, Class<?>> byName = new LinkedHashMap<>();
        for (Class<?> command : classes) {
            byName.put(command.getAnnotation(Command.class).name(), command);
        }
        return Collections.unmodifiableMap(byName);
    }

    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {AppInfo.NAME + " " + AppInfo.VERSION};
        }
    }
}
