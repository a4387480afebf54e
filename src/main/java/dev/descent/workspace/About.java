package dev.descent.workspace;

import dev.descent.core.Format;
import dev.descent.core.optim.OptimizerConfig;
import dev.descent.core.train.RunConfig;
import dev.descent.lecture.Comparisons;
import dev.descent.lecture.Preset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What "About this lecture" reads for a workspace: the lecture's (or comparison's) description, then, once
 * the data or the settings are no longer the lecture's, one sentence naming each difference with what the
 * lecture used, so that nobody takes an edited run for the lecture replayed. A workspace with no lecture
 * is described by what it holds.
 */
public final class About {

    private About() {
    }

    /** The panel's text for {@code ws}. */
    public static String of(Workspace ws) {
        Preset p = ws.lecture();
        if (p == null) {
            return origin(ws.source()) + ": " + Format.count(ws.data().size()) + " points, fitted with "
                    + ws.model().formula() + "; " + runs(ws.runs().size()) + ".";
        }
        Comparisons.Comparison c = ws.comparisonId() == null ? null : Workspace.comparison(ws.comparisonId());
        String description = c != null ? c.description() : p.description();
        List<RunConfig> reference = c != null ? c.runs() : List.of(p.config());
        String whose = c != null ? "the comparison" : "the lecture";
        RunConfig was = reference.get(Math.min(ws.selected(), reference.size() - 1));
        List<String> changes = changes(ws, was, reference.size(), whose);
        return changes.isEmpty() ? description
                : description + " Changed since " + whose + ": " + String.join("; ", changes) + ".";
    }

    private static List<String> changes(Workspace ws, RunConfig was, int referenceRuns, String whose) {
        RunConfig now = ws.selectedRun().config();
        List<String> out = new ArrayList<>();
        int n = now.data().size();
        int m = was.data().size();
        if (!now.data().equals(was.data())) {
            out.add("the data are " + points(ws.source(), n) + " (" + whose + "'s "
                    + (n == m ? Format.count(m) + " differ" : "are " + Format.count(m)) + ")");
        }
        if (now.model() != was.model()) {
            out.add("the model is " + now.model().formula() + " (" + whose + " used " + was.model().formula() + ")");
        } else if (!Arrays.equals(now.init(), was.init())) {
            out.add("the start is " + start(now) + " (" + whose + " used " + start(was) + ")");
        }
        if (now.epochs() != was.epochs()) {
            out.add("it runs " + Format.count(now.epochs()) + " epochs (" + whose + " ran "
                    + Format.count(was.epochs()) + ")");
        }
        OptimizerConfig o = now.optimizer();
        OptimizerConfig wasO = was.optimizer();
        if (OptimizerKind.of(o) != OptimizerKind.of(wasO)) {
            out.add("the optimizer is " + o.describe() + " (" + whose + " used " + wasO.describe() + ")");
        } else {
            if (o.lr() != wasO.lr()) {
                out.add("the learning rate is " + Format.exact(o.lr()) + " (" + whose + " used "
                        + Format.exact(wasO.lr()) + ")");
            }
            if (!o.withLr(wasO.lr()).equals(wasO)) {
                out.add("the optimizer is " + o.describe() + " (" + whose + " used " + wasO.describe() + ")");
            }
        }
        BatchMode mode = BatchMode.of(now.batchSize(), n);
        BatchMode wasMode = BatchMode.of(was.batchSize(), m);
        if (mode != wasMode || mode == BatchMode.MINI && now.batchSize() != was.batchSize()) {
            out.add("each update uses " + batch(mode, now.batchSize()) + " (" + whose + " used "
                    + batch(wasMode, was.batchSize()) + ")");
        }
        if (ws.runs().size() != referenceRuns) {
            out.add(runs(ws.runs().size()) + " (" + whose + " has " + Format.count(referenceRuns) + ")");
        }
        return out;
    }

    private static String origin(DataSource source) {
        return switch (source) {
            case IMPORTED -> "Imported data";
            case GENERATED -> "Generated data";
            case SAVED -> "Data from a saved session";
            case LECTURE, EDITED -> "Your own data";
        };
    }

    private static String points(DataSource source, int n) {
        String count = Format.count(n);
        return switch (source) {
            case IMPORTED -> count + " imported points";
            case GENERATED -> count + " generated points";
            case SAVED -> count + " points from a saved session";
            case LECTURE, EDITED -> "your own " + count + " points";
        };
    }

    private static String runs(int n) {
        return n == 1 ? "1 run" : Format.count(n) + " runs compared";
    }

    private static String start(RunConfig c) {
        List<String> names = c.model().parameterNames();
        List<String> values = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            values.add(names.get(i) + " = " + Format.exact(c.init()[i]));
        }
        return String.join(", ", values);
    }

    private static String batch(BatchMode mode, int batchSize) {
        return switch (mode) {
            case FULL -> "the whole data";
            case SGD -> "one point";
            case MINI -> "batches of " + Format.count(batchSize);
        };
    }
}
