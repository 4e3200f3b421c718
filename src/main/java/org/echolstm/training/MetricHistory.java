package org.echolstm.training;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The curves of a training run (loss raw and smoothed, training and held-out accuracy) against
 * samples seen, in bounded memory: when a curve holds {@code capacity} points, neighbouring points
 * are merged (their mean) and new points are averaged over twice as many steps. The whole run
 * stays visible at an even resolution however long it gets. Thread-safe: the training thread adds,
 * the window reads copies.
 */
public final class MetricHistory implements TrainingListener {
    public static final int DEFAULT_CAPACITY = 1000;

    /** One point of a curve. */
    public record Point(long samples, double value) {
    }

    /** Copies of the four curves at one moment. */
    public record Curves(List<Point> loss, List<Point> smoothedLoss, List<Point> trainAccuracy,
                         List<Point> heldOutAccuracy, long version) {
        public Curves {
            loss = List.copyOf(loss);
            smoothedLoss = List.copyOf(smoothedLoss);
            trainAccuracy = List.copyOf(trainAccuracy);
            heldOutAccuracy = List.copyOf(heldOutAccuracy);
        }

        public int totalPoints() {
            return loss.size() + smoothedLoss.size() + trainAccuracy.size() + heldOutAccuracy.size();
        }
    }

    private final Curve loss;
    private final Curve smoothedLoss;
    private final Curve trainAccuracy;
    private final Curve heldOutAccuracy;
    private long version;

    public MetricHistory() {
        this(DEFAULT_CAPACITY);
    }

    public MetricHistory(int capacity) {
        if (capacity < 4) {
            throw new IllegalArgumentException("capacity must be at least 4");
        }
        loss = new Curve(capacity);
        smoothedLoss = new Curve(capacity);
        trainAccuracy = new Curve(capacity);
        heldOutAccuracy = new Curve(capacity);
    }

    @Override
    public synchronized void onStep(TrainingFigures s) {
        if (Double.isFinite(s.loss())) {
            loss.add(s.samplesSeen(), s.loss());
        }
        if (Double.isFinite(s.smoothedLoss())) {
            smoothedLoss.add(s.samplesSeen(), s.smoothedLoss());
        }
        if (Double.isFinite(s.trainAccuracy())) {
            trainAccuracy.add(s.samplesSeen(), s.trainAccuracy());
        }
        if (s.heldOutFresh() && s.heldOutAccuracy().isPresent()) {
            heldOutAccuracy.add(s.samplesSeen(), s.heldOutAccuracy().getAsDouble());
        }
        version++;
    }

    @Override
    public synchronized void onHeldOut(TrainingFigures s) {
        if (s.heldOutAccuracy().isPresent()) {
            heldOutAccuracy.put(s.samplesSeen(), s.heldOutAccuracy().getAsDouble());
            version++;
        }
    }

    /** Increases whenever a step is recorded; lets a reader skip unchanged copies. */
    public synchronized long version() {
        return version;
    }

    public synchronized Curves curves() {
        return new Curves(loss.points(), smoothedLoss.points(), trainAccuracy.points(), heldOutAccuracy.points(),
                version);
    }

    /** Replaces the contents (for a history read from a file). */
    public synchronized void restore(Curves curves) {
        loss.restore(curves.loss());
        smoothedLoss.restore(curves.smoothedLoss());
        trainAccuracy.restore(curves.trainAccuracy());
        heldOutAccuracy.restore(curves.heldOutAccuracy());
        version++;
    }

    /** The curves as CSV in long form: one line per point, {@code series,samples,value}. */
    public static String toCsv(Curves curves) {
        StringBuilder csv = new StringBuilder("series,samples,value\n");
        appendCsv(csv, "loss", curves.loss());
        appendCsv(csv, "smoothed_loss", curves.smoothedLoss());
        appendCsv(csv, "training_accuracy", curves.trainAccuracy());
        appendCsv(csv, "held_out_accuracy", curves.heldOutAccuracy());
        return csv.toString();
    }

    /**
     * The curves as CSV in wide form: one row per sample count, one column per curve (empty where a
     * curve has no point at that count) - ready for a spreadsheet.
     */
    public static String toWideCsv(Curves curves) {
        List<List<Point>> columns = List.of(curves.loss(), curves.smoothedLoss(), curves.trainAccuracy(),
                curves.heldOutAccuracy());
        TreeMap<Long, String[]> rows = new TreeMap<>();
        for (int c = 0; c < columns.size(); c++) {
            for (Point p : columns.get(c)) {
                rows.computeIfAbsent(p.samples(), k -> new String[columns.size()])[c] = Double.toString(p.value());
            }
        }
        StringBuilder csv = new StringBuilder("samples,loss,smoothed_loss,training_accuracy,held_out_accuracy\n");
        rows.forEach((samples, values) -> {
            csv.append(samples);
            for (String value : values) {
                csv.append(',').append(value == null ? "" : value);
            }
            csv.append('\n');
        });
        return csv.toString();
    }

    private static void appendCsv(StringBuilder csv, String series, List<Point> points) {
        for (Point p : points) {
            csv.append(series).append(',').append(p.samples()).append(',').append(p.value()).append('\n');
        }
    }

    public synchronized void clear() {
        restore(new Curves(List.of(), List.of(), List.of(), List.of(), 0));
    }

    /** A curve with a bucket size that doubles whenever it fills up. */
    private static final class Curve {
        private final int capacity;
        private final List<Point> points = new ArrayList<>();
        private int stride = 1;
        private int pending;
        private double pendingSum;

        Curve(int capacity) {
            this.capacity = capacity;
        }

        void add(long samples, double value) {
            pending++;
            pendingSum += value;
            if (pending < stride) {
                return;
            }
            points.add(new Point(samples, pendingSum / pending));
            pending = 0;
            pendingSum = 0;
            if (points.size() >= capacity) {
                halve();
            }
        }

        /** A value measured at {@code samples}: replaces one measured there before, else adds it. */
        void put(long samples, double value) {
            int last = points.size() - 1;
            if (pending == 0 && last >= 0 && points.get(last).samples() == samples) {
                points.set(last, new Point(samples, value));
            } else {
                add(samples, value);
            }
        }

        private void halve() {
            List<Point> merged = new ArrayList<>(capacity / 2 + 1);
            for (int i = 0; i + 1 < points.size(); i += 2) {
                Point a = points.get(i);
                Point b = points.get(i + 1);
                merged.add(new Point(b.samples(), (a.value() + b.value()) / 2));
            }
            if (points.size() % 2 == 1) {
                merged.add(points.get(points.size() - 1));
            }
            points.clear();
            points.addAll(merged);
            stride *= 2;
        }

        List<Point> points() {
            return List.copyOf(points);
        }

        void restore(List<Point> restored) {
            points.clear();
            points.addAll(restored);
            pending = 0;
            pendingSum = 0;
            stride = 1;
            while (points.size() >= capacity) {
                halve();
            }
        }
    }
}
