package org.echolstm.cli.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What the figures were measured on: processor, Java, heap, collectors and how the JVM was started. */
record Machine(String cpu, int cores, String os, String java, long maxHeapMiB, String gc, String jvmArgs,
               boolean launchedDirectly) {

    static Machine current() {
        Runtime runtime = Runtime.getRuntime();
        List<String> collectors = new ArrayList<>();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            collectors.add(gc.getName());
        }
        String launcher = System.getProperty("sun.java.command", "");
        return new Machine(cpuModel(), runtime.availableProcessors(),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                runtime.maxMemory() >> 20, String.join(", ", collectors),
                String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()),
                launcher.startsWith("org.echolstm."));
    }

    private static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException | RuntimeException e) {
            // Not Linux: fall through.
        }
        String identifier = System.getenv("PROCESSOR_IDENTIFIER");
        return identifier != null ? identifier : System.getProperty("os.arch");
    }

    void print(PrintWriter out) {
        out.printf(Locale.ROOT, "Machine: %s, %d cores, %s, max heap %d MiB, %s%n", cpu, cores, java, maxHeapMiB, os);
        if (!launchedDirectly) {
            out.println("(not started as java ... org.echolstm.Main: start-up times include the launcher)");
        }
    }
}
