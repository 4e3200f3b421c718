package org.echolstm;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

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

    /**
     * The window's features use the application's layers and the shared window core (the current
     * lesson, background work, status bar, parameters, preferences, actions, the canvas controls),
     * never each other: only the main view and view model compose them.
     */
    @Test
    void windowFeaturesDoNotReachIntoEachOther() {
        String[] features = {"training", "sample", "inside", "confusion", "files", "export"};
        for (String feature : features) {
            String[] others = Arrays.stream(features).filter(f -> !f.equals(feature))
                    .map(f -> "org.echolstm.ui." + f + "..").toArray(String[]::new);
            noClasses().that().resideInAPackage("org.echolstm.ui." + feature + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .check(classes);
        }
    }
}
