package org.echolstm.properties;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.echolstm.ui.parameters.ParametersViewModel;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever is typed into the parameter panes, each field is either valid or explains itself. */
class ParameterInputProperties {

    @Provide
    Arbitrary<String> typed() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(-10, 5000).map(String::valueOf),
                Arbitraries.longs().map(String::valueOf),
                Arbitraries.doubles().between(-5, 200).map(String::valueOf),
                Arbitraries.of("", " ", "abc", "1e3", "0x10", "NaN", "Infinity", "-0", "٣", "1,5", "99999999999999999999",
                        "0.0000001", "7 ", " 12", "1.0"),
                Arbitraries.strings().ofMaxLength(6));
    }

    @Property(tries = 300)
    void everyFieldIsValidOrNamesItselfAndItsRange(@ForAll("typed") String length, @ForAll("typed") String features,
                                                   @ForAll("typed") String index, @ForAll("typed") String units,
                                                   @ForAll("typed") String batch, @ForAll("typed") String rate,
                                                   @ForAll("typed") String seed, @ForAll("typed") String samples,
                                                   @ForAll("typed") String target) {
        ParametersViewModel vm = new ParametersViewModel();
        List<ParametersViewModel.Field> fields = vm.fields();
        String[] values = {length, features, index, units, batch, rate, seed, samples, target};
        for (int i = 0; i < values.length; i++) {
            fields.get(i).textProperty().set(values[i]);
        }
        for (ParametersViewModel.Field field : fields) {
            String error = field.errorProperty().get();
            if (!error.isEmpty()) {
                assertThat(error).startsWith(field.name() + " ");
                if (!field.name().equals("seed")) {
                    assertThat(error).containsPattern("between .+ and |would take about");
                }
            }
        }
        boolean allValid = fields.stream().allMatch(f -> f.errorProperty().get().isEmpty());
        assertThat(vm.validProperty().get()).isEqualTo(allValid);
        assertThat(vm.task().isPresent() && vm.modelSettings().isPresent() && vm.trainingSettings().isPresent())
                .isEqualTo(allValid);
        vm.task().ifPresent(task -> {
            assertThat(task.length()).isBetween(1, 1000);
            assertThat(task.echoIndex()).isBetween(0, task.length() - 1);
        });
    }
}
