package org.echolstm.model;

import org.echolstm.echo.EchoTask;
import org.echolstm.echo.SequenceGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's recipes for loading the {@code .npz} into PyTorch and Keras, step by step in plain
 * Java: the gate blocks rearranged as the recipes do, then each library's own LSTM equations with
 * its own weight layout. Their answers must be the application's.
 */
class PythonRecipesTest {
    /** PyTorch's {@code nn.LSTM} gate order (i, f, g, o), as the recipe spells it. */
    private static final List<String> TORCH_ORDER = List.of("input gate", "forget gate", "cell input", "output gate");
    /** Keras' {@code LSTM} gate order (i, f, c, o), as the recipe spells it. */
    private static final List<String> KERAS_ORDER = List.of("input gate", "forget gate", "cell input", "output gate");
    private static final int SEQUENCES = 200;

    @TempDir
    Path folder;

    @ParameterizedTest(name = "task {0}/{1}/{2}, {3} units")
    @CsvSource({"5, 6, 2, 3", "10, 25, 7, 25", "1, 2, 0, 1"})
    void torchAndKerasRecipesGiveTheApplicationsProbabilities(int length, int features, int echoIndex, int units)
            throws IOException {
        EchoTask task = new EchoTask(length, features, echoIndex);
        EchoModel model = TrainedModels.trained(task, units, 25, 5);
        Path npz = folder.resolve("m.npz");
        WeightsExport.writeNpz(model, npz);
        Map<String, NpzReader.Array> w = NpzReader.read(npz);
        assertThat(w.get("sequence_length").scalar()).isEqualTo(length);
        assertThat(w.get("features").scalar()).isEqualTo(features);
        assertThat(w.get("echo_index").scalar()).isEqualTo(echoIndex);

        Torch torch = new Torch(w);
        Keras keras = new Keras(w);
        SequenceGenerator generator = new SequenceGenerator(task, 11);
        double torchDifference = 0;
        double kerasDifference = 0;
        for (int s = 0; s < SEQUENCES; s++) {
            int[] sequence = generator.nextSequence();
            float[] expected = model.predict(sequence).probabilities();
            torchDifference = Math.max(torchDifference, maxDifference(torch.predict(sequence), expected));
            kerasDifference = Math.max(kerasDifference, maxDifference(keras.predict(sequence), expected));
        }
        System.out.printf("Recipes vs application, task %s, %d units: PyTorch %.3g, Keras %.3g%n", task, units,
                torchDifference, kerasDifference);
        assertThat(torchDifference).isLessThan(1e-5);
        assertThat(kerasDifference).isLessThan(1e-5);
    }

    @Test
    void theDocumentsSpellTheTestedGateOrders() throws IOException {
        for (Path document : List.of(Path.of("README.md"),
                Path.of("src/main/resources/org/echolstm/ui/help/user-guide.html"))) {
            String text = Files.readString(document);
            assertThat(text).as(document.toString())
                    .contains("torch_order = " + python(TORCH_ORDER), "keras_order = " + python(KERAS_ORDER),
                            "lstm.bias_hh_l0.zero_()");
        }
    }

    private static String python(List<String> names) {
        return "[\"" + String.join("\", \"", names) + "\"]";
    }

    /**
     * The recipes' {@code gates(array, order)}: splits the last axis into four blocks, names them
     * after the file's {@code gate_order} and puts them back together in {@code order}.
     */
    static float[][] gates(float[][] array, List<String> fileOrder, List<String> order) {
        int columns = array[0].length;
        int block = columns / 4;
        float[][] result = new float[array.length][columns];
        for (int g = 0; g < 4; g++) {
            int from = fileOrder.indexOf(order.get(g));
            for (int r = 0; r < array.length; r++) {
                System.arraycopy(array[r], from * block, result[r], g * block, block);
            }
        }
        return result;
    }

    static float[][] matrix(NpzReader.Array array) {
        int[] shape = array.shape();
        int rows = shape.length == 1 ? 1 : shape[0];
        int columns = shape[shape.length - 1];
        float[] values = array.floats();
        float[][] matrix = new float[rows][columns];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(values, r * columns, matrix[r], 0, columns);
        }
        return matrix;
    }

    static float[][] transpose(float[][] m) {
        float[][] t = new float[m[0].length][m.length];
        for (int r = 0; r < m.length; r++) {
            for (int c = 0; c < m[0].length; c++) {
                t[c][r] = m[r][c];
            }
        }
        return t;
    }

    /** {@code nn.LSTM(batch_first=True)} + {@code nn.Linear} + softmax with PyTorch's weight shapes. */
    private static final class Torch {
        final float[][] weightIh;   // [4u, features]
        final float[][] weightHh;   // [4u, u]
        final float[] biasIh;       // [4u]
        final float[] biasHh;       // [4u], zero
        final float[][] linearWeight; // [features, u]
        final float[] linearBias;
        final int features;

        Torch(Map<String, NpzReader.Array> w) {
            List<String> fileOrder = w.get("gate_order").strings();
            weightIh = transpose(gates(matrix(w.get("lstm_input_weights")), fileOrder, TORCH_ORDER));
            weightHh = transpose(gates(matrix(w.get("lstm_recurrent_weights")), fileOrder, TORCH_ORDER));
            biasIh = gates(matrix(w.get("lstm_bias")), fileOrder, TORCH_ORDER)[0];
            biasHh = new float[biasIh.length];
            linearWeight = transpose(matrix(w.get("dense_weights")));
            linearBias = w.get("dense_bias").floats();
            features = w.get("features").scalar();
        }

        double[] predict(int[] sequence) {
            int u = weightHh[0].length;
            double[] h = new double[u];
            double[] c = new double[u];
            for (int value : sequence) {
                double[] x = oneHot(value, features);
                double[] z = new double[4 * u];
                for (int row = 0; row < 4 * u; row++) {
                    z[row] = dot(weightIh[row], x) + biasIh[row] + dot(weightHh[row], h) + biasHh[row];
                }
                // torch.chunk(4): i, f, g, o
                for (int j = 0; j < u; j++) {
                    double i = sigmoid(z[j]);
                    double f = sigmoid(z[u + j]);
                    double g = Math.tanh(z[2 * u + j]);
                    double o = sigmoid(z[3 * u + j]);
                    c[j] = f * c[j] + i * g;
                    h[j] = o * Math.tanh(c[j]);
                }
            }
            double[] logits = new double[linearBias.length];
            for (int k = 0; k < logits.length; k++) {
                logits[k] = dot(linearWeight[k], h) + linearBias[k];
            }
            return softmax(logits);
        }
    }

    /** Keras' {@code LSTM(units)} + {@code Dense(features, activation="softmax")} with Keras' weight shapes. */
    private static final class Keras {
        final float[][] kernel;          // [features, 4u]
        final float[][] recurrentKernel; // [u, 4u]
        final float[] bias;              // [4u]
        final float[][] denseKernel;     // [u, features]
        final float[] denseBias;
        final int features;

        Keras(Map<String, NpzReader.Array> w) {
            List<String> fileOrder = w.get("gate_order").strings();
            kernel = gates(matrix(w.get("lstm_input_weights")), fileOrder, KERAS_ORDER);
            recurrentKernel = gates(matrix(w.get("lstm_recurrent_weights")), fileOrder, KERAS_ORDER);
            bias = gates(matrix(w.get("lstm_bias")), fileOrder, KERAS_ORDER)[0];
            denseKernel = matrix(w.get("dense_weights"));
            denseBias = w.get("dense_bias").floats();
            features = w.get("features").scalar();
        }

        double[] predict(int[] sequence) {
            int u = recurrentKernel.length;
            double[] h = new double[u];
            double[] c = new double[u];
            for (int value : sequence) {
                double[] z = add(add(times(oneHot(value, features), kernel), times(h, recurrentKernel)), bias);
                // Keras splits z into i, f, c, o.
                double[] next = new double[u];
                for (int j = 0; j < u; j++) {
                    double i = sigmoid(z[j]);
                    double f = sigmoid(z[u + j]);
                    double candidate = Math.tanh(z[2 * u + j]);
                    double o = sigmoid(z[3 * u + j]);
                    c[j] = f * c[j] + i * candidate;
                    next[j] = o * Math.tanh(c[j]);
                }
                h = next;
            }
            return softmax(add(times(h, denseKernel), denseBias));
        }
    }

    /** Row vector times matrix. */
    private static double[] times(double[] v, float[][] m) {
        double[] out = new double[m[0].length];
        for (int r = 0; r < m.length; r++) {
            for (int c = 0; c < out.length; c++) {
                out[c] += v[r] * m[r][c];
            }
        }
        return out;
    }

    private static double[] add(double[] a, double[] b) {
        double[] out = a.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] += b[i];
        }
        return out;
    }

    private static double[] add(double[] a, float[] b) {
        double[] out = a.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] += b[i];
        }
        return out;
    }

    private static double dot(float[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static double[] oneHot(int value, int features) {
        double[] x = new double[features];
        x[value] = 1;
        return x;
    }

    private static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    private static double[] softmax(double[] logits) {
        double max = Double.NEGATIVE_INFINITY;
        for (double z : logits) {
            max = Math.max(max, z);
        }
        double sum = 0;
        double[] p = new double[logits.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = Math.exp(logits[i] - max);
            sum += p[i];
        }
        for (int i = 0; i < p.length; i++) {
            p[i] /= sum;
        }
        return p;
    }

    private static double maxDifference(double[] actual, float[] expected) {
        assertThat(actual).hasSize(expected.length);
        double max = 0;
        for (int i = 0; i < actual.length; i++) {
            max = Math.max(max, Math.abs(actual[i] - expected[i]));
        }
        return max;
    }
}
