package org.echolstm.cli;

import picocli.CommandLine.Option;

/** {@code --json}: machine-readable output instead of sentences. */
public final class JsonOption {
    @Option(names = "--json", description = "Print JSON instead of text, one object per line.")
    boolean json;

    public boolean enabled() {
        return json;
    }
}
