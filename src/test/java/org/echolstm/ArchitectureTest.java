package org.echolstm;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/** Dependencies point one way: echo ← model.engine ← model ← model.dl4j ← training ← {cli, ui}. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.echolstm");
    }

    @Test
    void echoKnowsNoModelTrainingUiJavaFxOrDl4j() {
        noClasses().that().resideInAPackage("org.echolstm.echo..")
                .should().dependOnClassesThat().resideInAnyPackage("org.echolstm.model..", "org.echolstm.training..",
                        "org.echolstm.cli..", "org.echolstm.ui..", "javafx..", "org.deeplearning4j..", "org.nd4j..")
                .check(classes);
    }

    @Test
    void modelKnowsNoTrainingCliOrUi() {
        noClasses().that().resideInAPackage("org.echolstm.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.echolstm.training..", "org.echolstm.cli..",
                        "org.echolstm.ui..", "javafx..")
                .check(classes);
    }

    @Test
    void theEngineIsTheModelsOwnAndKnowsNothingAboveIt() {
        noClasses().that().resideOutsideOfPackage("org.echolstm.model..")
                .should().dependOnClassesThat().resideInAPackage("org.echolstm.model.engine..")
                .check(classes);
        noClasses().that().resideInAPackage("org.echolstm.model.engine..")
                .should().dependOnClassesThat().resideInAPackage("org.echolstm.model")
                .check(classes);
    }

    /** The engine has its own optimizer settings; DL4J's configurations are converted in {@code model.dl4j}. */
    @Test
    void theEngineKnowsNoDl4jOrNd4j() {
        noClasses().that().resideInAPackage("org.echolstm.model.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("org.deeplearning4j..", "org.nd4j..")
                .check(classes);
    }

    /**
     * DL4J and ND4J behind one package: the file format, the conversion, the architecture check and
     * the reference network. The ONNX writer uses only the protobuf runtime ND4J's jar carries
     * ({@code org.nd4j.shade.protobuf}), which loads nothing of ND4J itself.
     */
    @Test
    void onlyTheDl4jPackageKnowsDl4jOrNd4j() {
        noClasses().that().resideOutsideOfPackage("org.echolstm.model.dl4j..")
                .should().dependOnClassesThat(resideInAnyPackage("org.deeplearning4j..", "org.nd4j..")
                        .and(not(resideInAPackage("org.nd4j.shade.protobuf.."))))
                .check(classes);
        noClasses().that().resideOutsideOfPackages("org.echolstm.model.dl4j..", "org.echolstm.model.onnx..")
                .should().dependOnClassesThat().resideInAPackage("org.nd4j.shade..")
                .check(classes);
    }

    /** The model and its engine know nothing of how DL4J holds them: the conversion and the file format depend on them. */
    @Test
    void theModelKnowsNotItsDl4jForm() {
        noClasses().that().resideInAnyPackage("org.echolstm.model", "org.echolstm.model.engine..",
                        "org.echolstm.model.onnx..")
                .should().dependOnClassesThat().resideInAPackage("org.echolstm.model.dl4j..")
                .check(classes);
    }

    @Test
    void trainingKnowsNoCliOrUi() {
        noClasses().that().resideInAPackage("org.echolstm.training..")
                .should().dependOnClassesThat().resideInAnyPackage("org.echolstm.cli..", "org.echolstm.ui..", "javafx..")
                .check(classes);
    }

    @Test
    void uiDoesNotDependOnTheCommandLine() {
        noClasses().that().resideInAPackage("org.echolstm.ui..")
                .should().dependOnClassesThat().resideInAPackage("org.echolstm.cli..")
                .check(classes);
    }

    /** The window's features: each a tab, pane or window of its own, composed only by the main view and view model. */
    private static final List<String> FEATURES = List.of("charts", "confusion", "experiments", "export", "files",
            "guide", "handout", "inside", "sample", "story", "timeline", "training");
    /**
     * What the features share: the current lesson, background work, the status bar, the parameters,
     * the preferences (theme, zoom), the action catalogue and the canvas controls.
     */
    private static final List<String> SHARED = List.of("actions", "canvas", "concurrent", "lesson", "parameters",
            "preferences", "status");

    /** A new package under ui is a feature or shared code, and the rules below then cover it. */
    @Test
    void everyWindowPackageIsAFeatureOrShared() {
        Set<String> packages = classes.stream().map(JavaClass::getPackageName)
                .filter(name -> name.startsWith("org.echolstm.ui."))
                .map(name -> name.substring("org.echolstm.ui.".length()).split("\\.")[0])
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> known = new TreeSet<>(FEATURES);
        known.addAll(SHARED);
        assertThat(packages).isEqualTo(known);
    }

    /** A feature holds its own widgets and view models; it never reaches into another feature. */
    @Test
    void windowFeaturesDoNotReachIntoEachOther() {
        for (String feature : FEATURES) {
            String[] others = FEATURES.stream().filter(f -> !f.equals(feature))
                    .map(f -> "org.echolstm.ui." + f + "..").toArray(String[]::new);
            noClasses().that().resideInAPackage("org.echolstm.ui." + feature + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .check(classes);
        }
    }

    /** Shared code serves the features and knows none of them. */
    @Test
    void sharedWindowCodeKnowsNoFeature() {
        noClasses().that().resideInAnyPackage(SHARED.stream().map(p -> "org.echolstm.ui." + p + "..").toArray(String[]::new))
                .should().dependOnClassesThat().resideInAnyPackage(
                        FEATURES.stream().map(f -> "org.echolstm.ui." + f + "..").toArray(String[]::new))
                .check(classes);
    }

    /** No two packages of the window depend on each other, directly or around a loop. */
    @Test
    void windowPackagesFormNoCycles() {
        slices().matching("org.echolstm.ui.(*)..").should().beFreeOfCycles().check(classes);
    }

    /** Nor do the application's layers and packages outside the window. */
    @Test
    void packagesFormNoCycles() {
        slices().matching("org.echolstm.(*)..").should().beFreeOfCycles().check(classes);
    }
}
