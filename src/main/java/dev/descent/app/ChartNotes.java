package dev.descent.app;

import dev.descent.core.Format;
import dev.descent.core.Model;
import dev.descent.core.train.RunConfig;
import dev.descent.io.Session;

import java.util.ArrayList;
import java.util.List;

/**
 * The words around the charts: the notes under the fit, the landscape and the cost surface, and the runs'
 * names in legends ("1 · GD lr 0.1"). Plain functions of the runs' settings, tested without a window.
 */
final class ChartNotes {
    private ChartNotes() {
    }

    /**
     * The two parameters the surface spans when parameter {@code j} is on the landscape's axis: j
     * across and the next one up (for y = w·x + b, w across and b up).
     */
    static int[] surfaceAxes(Model m, int j) {
        int p = m.parameterCount();
        return new int[] {j, (j + 1) % p};
    }

    /** Under the fit: how many points, the model, and which points an update uses. */
    static String fitNote(List<RunConfig> configs) {
        RunConfig config = configs.get(0);
        boolean anyBatched = configs.stream().anyMatch(c -> !c.isFullBatch());
        return Format.count(config.data().size()) + " points · model " + config.model().formula() + " · "
                + (anyBatched ? "highlighted: the batch of the current update" : "every point in every update");
    }

    /** The start field's label, naming the model's parameters: "Start (a, b, c)". */
    static String startLabel(Model m) {
        return "Start (" + String.join(", ", m.parameterNames()) + ")";
    }

    /** Under the cost surface: what its colour, its star and a click are. */
    static String surfaceNote(RunConfig config, int j) {
        List<String> names = config.model().parameterNames();
        int[] axes = surfaceAxes(config.model(), j);
        return "colour: the cost over (" + names.get(axes[0]) + ", " + names.get(axes[1])
                + ") · star: the least-squares best · click to start there";
    }

    /**
     * Under the landscape of parameter {@code j} at {@code theta}: which parameters are held where, and,
     * with several, what the dashed line is (the least-squares value, which is the bottom of this slice
     * only when the others are at theirs).
     */
    static String landscapeNote(RunConfig config, double[] theta, int j) {
        Model m = config.model();
        if (m.parameterCount() == 1) {
            return "dashed: " + m.parameterNames().get(0) + "*, the least-squares best · click the curve to start there";
        }
        List<String> held = new ArrayList<>();
        for (int k = 0; k < m.parameterCount(); k++) {
            if (k != j) {
                held.add(m.parameterNames().get(k) + " = " + Format.sig3(theta[k]));
            }
        }
        String name = m.parameterNames().get(j);
        return String.join(", ", held) + " held · dashed: least-squares " + name
                + "*, the bottom of this curve only once the others are at theirs too · click to start there";
    }

    /** "1 · GD lr 0.1", … for the first {@code count} runs training; one with no settings (yet) is "run". */
    static List<String> runLabels(List<Session.Run> runs, int count) {
        List<String> labels = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            labels.add((k + 1) + " · " + (k < runs.size() ? runs.get(k).label() : "run"));
        }
        return labels;
    }
}
