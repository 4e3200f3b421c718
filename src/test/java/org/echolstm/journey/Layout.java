package org.echolstm.journey;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/** What a window shows wrongly, read through the probe. */
final class Layout {
    private Layout() {
    }

    /** The visible labels and buttons whose text is drawn cut short ("Confusion r…"), as "text → shown". */
    static List<String> elided(RunningApp app) {
        return app.labels().stream()
                .filter(n -> n.path("visible").asBoolean() && n.has("shownText"))
                .filter(n -> !n.get("shownText").asText().equals(n.get("fullText").asText()))
                .map(Layout::describe).toList();
    }

    /** As {@link #elided}, but for the recent predictions' sequence cells: a row's tooltip holds its sequence whole. */
    static List<String> elidedOutsideTheTable(RunningApp app) {
        return elided(app).stream().filter(cut -> !cut.startsWith("sequenceColumn:")).toList();
    }

    private static String describe(JsonNode n) {
        return n.path("id").asText(n.path("type").asText()) + ": \"" + n.get("text").asText() + "\" shown as \""
                + n.get("shownText").asText() + "\"";
    }

    /** Where the nodes start and end across the screen, and the least width each asks for: to say what overflows. */
    static String extents(RunningApp app, String... selectors) {
        StringBuilder all = new StringBuilder();
        for (String selector : selectors) {
            JsonNode n = app.node(selector);
            all.append(all.isEmpty() ? "" : "; ").append(selector).append(' ').append(Math.round(n.path("x").asDouble()))
                    .append("..").append(Math.round(n.path("x").asDouble() + n.path("width").asDouble()))
                    .append(" least ").append(Math.round(n.path("minWidth").asDouble()));
        }
        return all.toString();
    }
}
