package org.echolstm.model;

import org.echolstm.model.dl4j.EchoNetworkFactory;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.echolstm.echo.EchoBatch;
import org.echolstm.echo.EchoTask;
import org.echolstm.echo.SequenceGenerator;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Arrays;

/**
 * Median time of one training step on the notebook task (10/25, 25 units, Adam) at batch sizes 1
 * and 32: DL4J's {@code fit} as the model used to run it (predict, then fit) and the engine's.
 * Not a test; run it with
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dmain.class=org.echolstm.model.StepTimeBenchmark}
 * (the pom's exec configuration reads {@code main.class}), adding {@code -Dexec.args=single-thread}
 * to limit ND4J to one thread first.
 */
public final class StepTimeBenchmark {
    private StepTimeBenchmark() {
    }

    public static void main(String[] args) {
        boolean singleThread = Arrays.asList(args).contains("single-thread");
        if (singleThread) {
            Nd4j.getEnvironment().setMaxMasterThreads(1);
            Nd4j.getEnvironment().setMaxThreads(1);
        }
        System.out.printf("ND4J threads: %d master, %d max; OMP_NUM_THREADS=%s%n",
                Nd4j.getEnvironment().maxMasterThreads(), Nd4j.getEnvironment().maxThreads(),
                System.getenv("OMP_NUM_THREADS"));
        EchoTask task = EchoTask.NOTEBOOK;
        ModelSettings settings = ModelSettings.NOTEBOOK;
        for (int batchSize : new int[] {1, 32}) {
            EchoBatch[] batches = batches(task, batchSize, 64);
            double dl4j = medianDl4jStep(task, settings, batches, 100, 300);
            double engine = medianEngineStep(task, settings, batches, 2000, 3000);
            System.out.printf("batch %2d: DL4J %8.3f ms/step, engine %7.3f ms/step (%.0fx)%n",
                    batchSize, dl4j, engine, dl4j / engine);
        }
    }

    private static EchoBatch[] batches(EchoTask task, int size, int count) {
        SequenceGenerator generator = new SequenceGenerator(task, 7);
        EchoBatch[] batches = new EchoBatch[count];
        for (int i = 0; i < count; i++) {
            batches[i] = EchoBatch.next(generator, size);
        }
        return batches;
    }

    /** The model's former step: inputs and labels as arrays, a forward pass for accuracy, then fit. */
    private static double medianDl4jStep(EchoTask task, ModelSettings settings, EchoBatch[] batches, int warm,
                                         int measured) {
        MultiLayerNetwork network = EchoNetworkFactory.build(task, settings);
        long[] times = new long[measured];
        for (int i = 0; i < warm + measured; i++) {
            EchoBatch batch = batches[i % batches.length];
            long start = System.nanoTime();
            INDArray inputs = Dl4jArrays.inputs(batch);
            INDArray labels = Dl4jArrays.labels(batch);
            network.output(inputs, false).argMax(1).toIntVector();
            network.fit(inputs, labels);
            network.score();
            long elapsed = System.nanoTime() - start;
            if (i >= warm) {
                times[i - warm] = elapsed;
            }
        }
        return median(times);
    }

    private static double medianEngineStep(EchoTask task, ModelSettings settings, EchoBatch[] batches, int warm,
                                           int measured) {
        EchoModel model = new EchoModel(task, settings);
        long[] times = new long[measured];
        double sink = 0;
        for (int i = 0; i < warm + measured; i++) {
            EchoBatch batch = batches[i % batches.length];
            long start = System.nanoTime();
            sink += model.fit(batch.block()).loss();
            long elapsed = System.nanoTime() - start;
            if (i >= warm) {
                times[i - warm] = elapsed;
            }
        }
        if (Double.isNaN(sink)) {
            System.out.println("(training diverged)");
        }
        return median(times);
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }
}
