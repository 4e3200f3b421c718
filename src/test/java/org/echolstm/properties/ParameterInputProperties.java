package org.echolstm.properties;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.echolstm.echo.Bounds;
import org.echolstm.echo.EchoTask;
import org.echolstm.model.ModelSettings;
import org.echolstm.training.StopRule;
import org.echolstm.training.TrainingCost;
import org.echolstm.training.TrainingSettings;
import org.echolstm.ui.parameters.ParametersViewModel;
import org.echolstm.ui.parameters.ParametersViewModel.Field;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What is typed into the parameter panes, checked both ways against the documented ranges: every
 * valid combination is accepted, every invalid field names itself and its range, and neither
 * depends on the order in which the fields are typed.
 */
class ParameterInputProperties {
    private static final List<String> KEYS = List.of("length", "features", "echoIndex", "units", "batchSize",
            "learningRate", "seed", "sampleLimit", "targetAccuracy");

    /** The text typed into one field, and its value when it is a number. */
    record Typed(String text, Optional<Double> number) {
        static Typed number(double value, String text) {
            return new Typed(text, Optional.of(value));
        }

        static Typed junk(String text) {
            return new Typed(text, Optional.empty());
        }

        boolean between(double min, double max) {
            return number.isPresent() && number.get() >= min && number.get() <= max;
        }
    }

    /** Whole numbers inside [min, max] (edges included), just outside and far outside it, and non-numbers. */
    private static Arbitrary<Typed> whole(long min, long max, boolean optional) {
        Arbitrary<Long> inside = Arbitraries.oneOf(Arbitraries.longs().between(min, max), Arbitraries.of(min, max));
        Arbitrary<Long> outside = Arbitraries.oneOf(Arbitraries.longs().between(min - 1000, min - 1),
                Arbitraries.longs().between(max + 1, max + 100_000));
        Arbitrary<String> padding = Arbitraries.of("", " ", "  ");
        Arbitrary<Typed> numbers = Combinators.combine(Arbitraries.oneOf(inside, outside), padding)
                .as((v, pad) -> Typed.number(v, pad + v + pad));
        List<String> junk = new ArrayList<>(List.of("abc", "1.5", "0x10", "1e3", "99999999999999999999"));
        if (!optional) {
            junk.add("");
        }
        return Arbitraries.frequencyOf(Tuple.of(8, numbers), Tuple.of(1, Arbitraries.of(junk).map(Typed::junk)));
    }

    /** Decimal numbers inside [min, max], outside it, and non-numbers. */
    private static Arbitrary<Typed> decimal(double min, double max, boolean optional) {
        Arbitrary<Double> inside = Arbitraries.oneOf(Arbitraries.doubles().between(min, max).ofScale(8), Arbitraries.of(min, max));
        Arbitrary<Double> outside = Arbitraries.oneOf(Arbitraries.doubles().between(-max, min).ofScale(8).filter(v -> v < min),
                Arbitraries.doubles().between(max, max * 10).ofScale(8).filter(v -> v > max));
        // With a decimal point or, as German writes it, a decimal comma.
        Arbitrary<Typed> numbers = Combinators.combine(Arbitraries.oneOf(inside, outside), Arbitraries.of(".", ","))
                .as((v, point) -> Typed.number(v, Double.toString(v).replace(".", point)));
        List<String> junk = new ArrayList<>(List.of("abc", "NaN", "Infinity", "1,5,0", "--1"));
        if (!optional) {
            junk.add("");
        }
        return Arbitraries.frequencyOf(Tuple.of(8, numbers), Tuple.of(1, Arbitraries.of(junk).map(Typed::junk)));
    }

    /**
     * What a field must show: nothing when {@code range} is empty, else a message naming itself and
     * containing {@code range}; {@code eitherWay} when its validity depends on state not typed here.
     */
    record Expected(Optional<String> range, boolean eitherWay) {
        static final Expected ACCEPTED = new Expected(Optional.empty(), false);

        static Expected refused(String range) {
            return new Expected(Optional.of(range), false);
        }
    }

    @Provide
    Arbitrary<Map<String, Typed>> typed() {
        Arbitrary<Typed> seed = Arbitraries.oneOf(Arbitraries.longs().map(v -> Typed.number(v, Long.toString(v))),
                Arbitraries.of("abc", "", "1.5", "99999999999999999999").map(Typed::junk));
        List<Arbitrary<Typed>> fields = List.of(
                whole(EchoTask.MIN_LENGTH, EchoTask.MAX_LENGTH, false),
                whole(EchoTask.MIN_FEATURES, EchoTask.MAX_FEATURES, false),
                whole(0, EchoTask.MAX_LENGTH - 1, false),
                whole(ModelSettings.MIN_UNITS, ModelSettings.MAX_UNITS, false),
                whole(1, TrainingSettings.MAX_BATCH, false),
                decimal(ModelSettings.MIN_LEARNING_RATE, ModelSettings.MAX_LEARNING_RATE, false),
                seed,
                Arbitraries.oneOf(whole(1, StopRule.MAX_SAMPLES, true), Arbitraries.just(Typed.junk(""))),
                Arbitraries.oneOf(decimal(1, 100, true), Arbitraries.just(Typed.junk(""))));
        return Combinators.combine(fields).as(values -> {
            Map<String, Typed> byKey = new HashMap<>();
            for (int i = 0; i < KEYS.size(); i++) {
                byKey.put(KEYS.get(i), values.get(i));
            }
            return byKey;
        });
    }

    @Provide
    Arbitrary<List<String>> order() {
        return Arbitraries.shuffle(KEYS);
    }

    @Property(tries = 400)
    void validFieldsAreAcceptedAndInvalidOnesNameThemselvesAndTheirRange(
            @ForAll("typed") Map<String, Typed> typed, @ForAll("order") List<String> order) {
        ParametersViewModel vm = typeInto(typed, order);
        Map<String, Expected> expected = expectedErrors(typed);

        for (Field field : vm.fields()) {
            String error = field.errorProperty().get();
            Expected expect = expected.get(field.key());
            String typedText = "'" + typed.get(field.key()).text() + "' in " + field.key();
            if (expect.eitherWay() && error.isEmpty()) {
                continue;
            }
            if (expect.range().isEmpty()) {
                assertThat(error).as("a valid %s is accepted", typedText).isEmpty();
            } else {
                assertThat(error).as("an invalid %s is refused", typedText).startsWith(field.name() + " ")
                        .contains(expect.range().get());
            }
        }
        boolean allValid = vm.fields().stream().allMatch(f -> f.errorProperty().get().isEmpty());
        if (expected.values().stream().noneMatch(Expected::eitherWay)) {
            assertThat(allValid).isEqualTo(expected.values().stream().allMatch(e -> e.range().isEmpty()));
        }
        assertThat(vm.validProperty().get()).isEqualTo(allValid);
        assertThat(vm.task().isPresent() && vm.modelSettings().isPresent() && vm.trainingSettings().isPresent())
                .isEqualTo(allValid);
        // Typed in the panes' own order, the same messages.
        ParametersViewModel inOrder = typeInto(typed, KEYS);
        for (int i = 0; i < KEYS.size(); i++) {
            assertThat(vm.fields().get(i).errorProperty().get())
                    .isEqualTo(inOrder.fields().get(i).errorProperty().get());
        }
    }

    private static ParametersViewModel typeInto(Map<String, Typed> typed, List<String> order) {
        ParametersViewModel vm = new ParametersViewModel();
        for (String key : order) {
            vm.fields().stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow()
                    .textProperty().set(typed.get(key).text());
        }
        return vm;
    }

    /**
     * For each field, empty when its text is valid, else the range its message must name. An echo
     * index is checked against the length typed; with no valid length, only against "from 0".
     */
    private static Map<String, Expected> expectedErrors(Map<String, Typed> typed) {
        Map<String, Expected> errors = new HashMap<>();
        wholeRange(errors, typed, "length", EchoTask.MIN_LENGTH, EchoTask.MAX_LENGTH);
        wholeRange(errors, typed, "features", EchoTask.MIN_FEATURES, EchoTask.MAX_FEATURES);
        Typed length = typed.get("length");
        if (errors.get("length").range().isEmpty()) {
            wholeRange(errors, typed, "echoIndex", 0, length.number().orElseThrow().longValue() - 1);
        } else {
            Typed index = typed.get("echoIndex");
            boolean plausible = index.number().isPresent() && index.number().get() >= 0;
            errors.put("echoIndex", new Expected(Optional.of("between 0 and "), plausible));
        }
        wholeRange(errors, typed, "units", ModelSettings.MIN_UNITS, ModelSettings.MAX_UNITS);
        wholeRange(errors, typed, "batchSize", 1, TrainingSettings.MAX_BATCH);
        if (errors.get("batchSize").range().isEmpty() && errors.get("length").range().isEmpty() && errors.get("features").range().isEmpty()
                && errors.get("units").range().isEmpty()) {
            TrainingCost cost = TrainingCost.estimate(new EchoTask(value(typed, "length"), value(typed, "features"), 0),
                    value(typed, "units"), new TrainingSettings(value(typed, "batchSize"), StopRule.NONE));
            if (Math.max(cost.secondsPerStep(), cost.secondsPerEvaluation()) > TrainingCost.MAX_BLOCKING_SECONDS) {
                errors.put("batchSize", Expected.refused("too large"));
            }
        }
        decimalRange(errors, typed, "learningRate", ModelSettings.MIN_LEARNING_RATE, ModelSettings.MAX_LEARNING_RATE);
        errors.put("seed", typed.get("seed").number().isPresent() ? Expected.ACCEPTED : Expected.refused("whole number"));
        if (typed.get("sampleLimit").text().isBlank()) {
            errors.put("sampleLimit", Expected.ACCEPTED);
        } else {
            wholeRange(errors, typed, "sampleLimit", 1, StopRule.MAX_SAMPLES);
        }
        if (typed.get("targetAccuracy").text().isBlank()) {
            errors.put("targetAccuracy", Expected.ACCEPTED);
        } else {
            decimalRange(errors, typed, "targetAccuracy", 1, 100);
        }
        return errors;
    }

    private static int value(Map<String, Typed> typed, String key) {
        return typed.get(key).number().orElseThrow().intValue();
    }

    private static void wholeRange(Map<String, Expected> errors, Map<String, Typed> typed, String key,
                                   long min, long max) {
        errors.put(key, typed.get(key).between(min, max) ? Expected.ACCEPTED
                : Expected.refused("between " + Bounds.grouped(min) + " and " + Bounds.grouped(max)));
    }

    private static void decimalRange(Map<String, Expected> errors, Map<String, Typed> typed, String key,
                                     double min, double max) {
        errors.put(key, typed.get(key).between(min, max) ? Expected.ACCEPTED
                : Expected.refused("between " + Bounds.format(min) + " and " + Bounds.format(max)));
    }
}
