package org.echolstm.cli.bench;

import org.echolstm.cli.Json;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything one bench run measured; the sizes, the long run and the window only when asked for. */
record BenchReport(Machine machine, Startup startup, List<TimeToTarget> toTarget, NotebookLesson notebook10k,
                   List<StepTimes> steps, Optional<List<SizeSpeed>> sizes, Optional<MillionRun> million, Optional<WindowPulse> window) {

    /** One line per figure (two for the runs to the target), in the order they were measured. */
    void print(PrintWriter out) {
        machine.print(out);
        startup.print(out);
        toTarget.forEach(t -> t.print(out));
        notebook10k.print(out);
        steps.forEach(s -> s.print(out));
        sizes.ifPresent(list -> list.forEach(s -> s.print(out)));
        million.ifPresent(m -> m.print(out));
        window.ifPresent(w -> w.print(out));
    }

    /** One JSON object with a key per section; a section that was not measured has no key. */
    String jsonLine() {
        Map<String, Object> sections = new LinkedHashMap<>();
        sections.put("machine", machine);
        sections.put("startup", startup);
        sections.put("toTarget", toTarget);
        sections.put("notebook10k", notebook10k);
        sections.put("steps", steps);
        sizes.ifPresent(list -> sections.put("sizes", list));
        million.ifPresent(m -> sections.put("million", m));
        window.ifPresent(w -> sections.put("window", w));
        return Json.line(sections);
    }
}
