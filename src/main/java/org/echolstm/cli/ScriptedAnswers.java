package org.echolstm.cli;

import org.echolstm.ui.DialogService;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The window's questions answered without a person (a command drives the window): yes to every
 * confirmation, nothing to save, errors kept to be reported by the command.
 */
final class ScriptedAnswers implements DialogService {
    final List<String> errors = Collections.synchronizedList(new ArrayList<>());

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        return true;
    }

    @Override
    public void showError(String title, String message, Throwable details) {
        errors.add(message);
    }

    @Override
    public Optional<int[]> askTask(String fileName, int features) {
        return Optional.empty();
    }

    @Override
    public boolean choose(String title, String message, String yesLabel, String noLabel) {
        return true;
    }

    @Override
    public SaveChoice askToSave(String title, String whatWouldBeLost) {
        return SaveChoice.DONT_SAVE;
    }

    @Override
    public void showText(String title, String text) {
        // Read and closed.
    }

    @Override
    public void showTable(String title, String header, List<Map.Entry<String, String>> rows) {
        // Read and closed.
    }
}
