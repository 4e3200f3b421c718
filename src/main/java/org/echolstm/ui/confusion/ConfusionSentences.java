package org.echolstm.ui.confusion;

import org.echolstm.training.ConfusionMatrix;
import org.echolstm.ui.I18n;

/** What a screen reader hears for the confusion matrix. */
public final class ConfusionSentences {
    private ConfusionSentences() {
    }

    /** "Confusion matrix of 1,000 held-out samples: 93 % on the diagonal; most common mistake 3 read as 8 (12 times)." */
    public static String confusion(ConfusionMatrix matrix) {
        if (matrix == null || matrix.total() == 0) {
            return I18n.t("inside.empty");
        }
        int[][] counts = matrix.counts();
        int worst = 0;
        int expected = -1;
        int predicted = -1;
        for (int e = 0; e < counts.length; e++) {
            for (int p = 0; p < counts[e].length; p++) {
                if (e != p && counts[e][p] > worst) {
                    worst = counts[e][p];
                    expected = e;
                    predicted = p;
                }
            }
        }
        String mistake = worst == 0 ? I18n.t("speak.confusion.noMistake")
                : I18n.t("speak.confusion.mistake", Integer.toString(expected), Integer.toString(predicted),
                        Integer.toString(worst));
        return I18n.t("speak.confusion", I18n.count(matrix.total()), I18n.percent(matrix.accuracy()), mistake);
    }
}
