package org.echolstm.training;

/**
 * How often each expected value was answered with each predicted value ({@code counts[expected][predicted]}),
 * and the accuracy per expected value.
 */
public record ConfusionMatrix(int[][] counts) {

    public static ConfusionMatrix of(int features, int[] predicted, int[] expected) {
        if (predicted.length != expected.length) {
            throw new IllegalArgumentException("need one prediction per sample");
        }
        int[][] counts = new int[features][features];
        for (int i = 0; i < expected.length; i++) {
            counts[expected[i]][predicted[i]]++;
        }
        return new ConfusionMatrix(counts);
    }

    public int features() {
        return counts.length;
    }

    public int total() {
        int total = 0;
        for (int[] row : counts) {
            for (int c : row) {
                total += c;
            }
        }
        return total;
    }

    /** Share of the samples with expected value {@code value} answered right (NaN when none had it). */
    public double classAccuracy(int value) {
        int row = 0;
        for (int c : counts[value]) {
            row += c;
        }
        return row == 0 ? Double.NaN : (double) counts[value][value] / row;
    }

    public double accuracy() {
        int correct = 0;
        for (int v = 0; v < counts.length; v++) {
            correct += counts[v][v];
        }
        return (double) correct / total();
    }
}
