package org.echolstm.ui;

import org.echolstm.model.GateClamp;
import org.echolstm.ui.parameters.ParametersViewModel;

import org.echolstm.AppInfo;
import org.echolstm.training.Preset;
import org.echolstm.ui.concurrent.DirectTaskExecutor;
import org.echolstm.model.Ablation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.BitSet;

import static org.assertj.core.api.Assertions.assertThat;

/** What the window says must be right: messages, marks and titles, checked without a window. */
class WhatTheWindowSaysTest {
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @Test
    void trainingAgainAfterTheSampleLimitSaysSoAndOffersMore() {
        MainViewModel vm = SmallLessons.trained(dialogs, 64);
        dialogs.answerConfirm(true);
        vm.training().train();
        assertThat(dialogs.calls("confirm")).singleElement()
                .satisfies(call -> assertThat(call.message()).contains("64\u00a0samples, the limit").contains("to 128"));
        assertThat(vm.parameters().sampleLimit.textProperty().get()).isEqualTo("128");
        assertThat(vm.lesson().samplesShown()).isEqualTo(128);
    }

    @Test
    void refusingToTrainOnKeepsTheModelAsItIs() {
        MainViewModel vm = SmallLessons.trained(dialogs, 64);
        dialogs.answerConfirm(false);
        vm.training().train();
        assertThat(vm.lesson().samplesShown()).isEqualTo(64);
        assertThat(vm.parameters().sampleLimit.textProperty().get()).isEqualTo("64");
    }

    @Test
    void trainingAgainAfterTheTargetOffersTheNextTarget() {
        MainViewModel vm = SmallLessons.window(dialogs, 0);
        vm.parameters().sampleLimit.textProperty().set("");
        vm.parameters().targetAccuracy.textProperty().set("50");
        vm.training().train();
        double reached = vm.lesson().session().orElseThrow().latest().heldOutAccuracy().orElseThrow();
        assertThat(reached).isGreaterThanOrEqualTo(0.5);
        dialogs.answerConfirm(false);
        vm.training().train();
        assertThat(dialogs.calls("confirm")).singleElement()
                .satisfies(call -> assertThat(call.title()).isEqualTo("Target already reached"));
    }

    @Test
    void editingAPresetShowsCustomAndAPresetAsksBeforeDiscardingAModel() {
        MainViewModel vm = SmallLessons.trained(dialogs, 64);
        assertThat(vm.parameters().presetProperty().get()).as("the small lesson is not a preset").isNull();
        dialogs.answerSave(DialogService.SaveChoice.DONT_SAVE);
        vm.parameters().presetProperty().set(Preset.DEFAULT);
        // The default preset changes the task of the trained model: it asked when chosen, not at Train.
        assertThat(dialogs.calls("askToSave")).singleElement().satisfies(call -> {
            assertThat(call.title()).isEqualTo(I18n.t("dialog.save.title.preset"));
            assertThat(call.message()).contains("64\u00a0samples");
        });
        assertThat(vm.parameters().presetProperty().get()).isEqualTo(Preset.DEFAULT);
        assertThat(vm.parameters().task()).contains(Preset.DEFAULT.task());
        assertThat(vm.lesson().hasModelProperty().get()).isFalse();
    }

    @Test
    void refusingAPresetKeepsTheModelAndThePanes() {
        MainViewModel vm = SmallLessons.trained(dialogs, 64);
        dialogs.answerSave(DialogService.SaveChoice.CANCEL);
        vm.parameters().presetProperty().set(Preset.DEFAULT);
        assertThat(vm.parameters().presetProperty().get()).isNull();
        assertThat(vm.parameters().length.textProperty().get()).isEqualTo("4");
        assertThat(vm.lesson().samplesShown()).isEqualTo(64);
    }

    @Test
    void anEditAwayFromThePresetShowsCustom() {
        MainViewModel vm = new MainViewModel(dialogs, new DirectTaskExecutor());
        assertThat(vm.parameters().presetProperty().get()).isEqualTo(Preset.DEFAULT);
        vm.parameters().batchSize.textProperty().set("16");
        assertThat(vm.parameters().presetProperty().get()).isNull();
    }

    @Test
    void theSamplePanelSaysWhenItShowsTheSilencedModel() {
        MainViewModel vm = SmallLessons.trained(dialogs, 256);
        BitSet all = new BitSet();
        all.set(0, SmallLessons.UNITS);
        vm.lesson().ablationProperty().set(new Ablation(all, GateClamp.NONE));
        assertThat(vm.sample().verdictProperty().get()).contains("units silenced");
        vm.lesson().ablationProperty().set(Ablation.NONE);
        assertThat(vm.sample().verdictProperty().get()).doesNotContain("silenced");
    }

    @Test
    void withoutAModelThePanelsSayWhatToDo() {
        MainViewModel vm = SmallLessons.window(dialogs, 64);
        assertThat(vm.sample().verdictProperty().get()).contains("press Train");
        assertThat(I18n.t("table.empty")).contains("Train");
    }

    @Test
    void theTitleNamesTheFileAndMarksUnsavedTraining(@TempDir Path folder) {
        MainViewModel vm = SmallLessons.window(dialogs, 64);
        assertThat(vm.titleProperty().get()).isEqualTo(AppInfo.NAME);
        vm.training().train();
        assertThat(vm.titleProperty().get()).isEqualTo("*" + I18n.t("title.untitled") + " — " + AppInfo.NAME);
        Path file = folder.resolve("lesson.zip");
        vm.files().saveModel(file);
        assertThat(vm.titleProperty().get()).isEqualTo("lesson.zip — " + AppInfo.NAME);
        vm.training().step();
        assertThat(vm.titleProperty().get()).startsWith("*lesson.zip");
    }

    @Test
    void aWrongFieldSaysInTheStatusBarWhyTrainIsOff() {
        MainViewModel vm = SmallLessons.window(dialogs, 64);
        vm.parameters().echoIndex.textProperty().set("9");
        assertThat(vm.training().canTrainProperty().get()).isFalse();
        assertThat(vm.status().messageProperty().get()).isEqualTo(
                "To train, correct “Echo index”: echo index must be between 0 and 3 (was 9)");
        vm.parameters().echoIndex.textProperty().set("2");
        vm.parameters().sampleLimit.textProperty().set("0");
        assertThat(vm.status().messageProperty().get()).as("the field as it is labelled, and why").isEqualTo(
                "To train, correct “Stop after samples”: sample limit must be between 1 and 1,000,000,000 (was 0)");
    }

    @Test
    void fieldsThatHoldAPresetsSettingsNameItHoweverTheyGotThere() {
        MainViewModel vm = new MainViewModel(dialogs, new DirectTaskExecutor());
        ParametersViewModel p = vm.parameters();
        p.length.textProperty().set("5");
        assertThat(p.presetProperty().get()).as("an edit away from the preset").isNull();
        p.length.textProperty().set("10");
        assertThat(p.presetProperty().get()).as("typed back to the tuned default").isEqualTo(Preset.DEFAULT);

        // Restored one field after the other, as at a start: intermediate states are no preset.
        p.length.textProperty().set("5");
        p.features.textProperty().set("10");
        p.echoIndex.textProperty().set("2");
        assertThat(p.presetProperty().get()).isEqualTo(Preset.BROWNLEE);
        assertThat(p.task()).contains(Preset.BROWNLEE.task());
    }
}
