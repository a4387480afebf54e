package dev.descent.app;

import dev.descent.app.view.Styles;
import dev.descent.core.BatchSampler;
import dev.descent.core.Mse;
import dev.descent.core.train.EpochSnapshot;
import dev.descent.core.train.RunConfig;
import dev.descent.core.train.StepSnapshot;
import dev.descent.lecture.UpdateExplanation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;

/**
 * The "update, explained" panel: the selected run's update rule with its numbers, line by line. Before
 * the first update it shows the update about to happen; for full-batch runs, the update of the epoch
 * on screen (so the timeline moves it); for batched runs, the newest update, which Step update
 * advances one at a time. It redraws only when the update it shows changes.
 */
final class ExplanationPanel {
    private final Label title;
    private final VBox lines;
    private Object shown;

    ExplanationPanel(Label title, VBox lines) {
        this.title = title;
        this.lines = lines;
    }

    /** Shows the update for {@code track} after {@code epochs} epochs on screen ({@code live}: the newest). */
    void show(RunTrack track, int epochs, boolean live) {
        RunConfig config = track.config();
        Object key;
        UpdateExplanation explanation;
        String when;
        if (!config.isFullBatch() && live && track.latestStep() != null && track.result() == null) {
            StepSnapshot step = track.latestStep();
            key = step;
            if (key == shown) {
                return;
            }
            explanation = UpdateExplanation.of(config, step, track.stateBeforeLatestStep());
            when = "The newest update: epoch " + step.epoch() + ", batch " + (step.batch() + 1);
        } else {
            int k = Math.min(epochs, track.completedEpochs());
            boolean ended = track.result() != null || k >= config.epochs();
            if (!config.isFullBatch() && k == 0) {
                key = config;
                if (key == shown) {
                    return;
                }
                shown = key;
                UpdateExplanation e = first(config);
                render("The first update, about to happen (press Shift+→ to take it)", e);
                return;
            }
            if (!config.isFullBatch() && k > 0) {
                EpochSnapshot epoch = track.epoch(k - 1);
                key = (epoch != null ? epoch : "batched " + k) + (ended ? " ended" : "");
                if (key.equals(shown)) {
                    return;
                }
                // An ended run plays again from its start: the way to watch its updates is then Reset and step.
                String how = ended ? "The run has ended: Reset (R), then Shift+→ takes one update at a time."
                        : "Play or step to watch each update live (Shift+→ takes one).";
                show("Epoch " + (k - 1) + " made " + new BatchSampler(config.data().size(), config.batchSize(),
                                false, 0).batchesPerEpoch() + " updates, one per batch",
                        List.of(line(how, Styles.NOTE)));
                shown = key;
                return;
            }
            // The update that starts from the state on screen: recorded if the run got past it, else the
            // next one, worked out from here. Its g is the slope of the landscape's tangent.
            int from = ended && k == track.completedEpochs() ? k - 1 : k;
            EpochSnapshot recorded = from < track.completedEpochs() ? track.epoch(from) : null;
            EpochSnapshot previous = from >= 1 ? track.epoch(from - 1) : null;
            if ((from < track.completedEpochs() && recorded == null) || (from >= 1 && previous == null)) {
                key = "thinned " + from;
                if (key.equals(shown)) {
                    return;
                }
                show("Epoch " + from + " of a long run", List.of(line("Older epochs of a long run are kept"
                        + " thinned, so this update cannot be shown exactly; the newest ones can.", Styles.NOTE)));
                shown = key;
                return;
            }
            key = recorded != null ? recorded : java.util.List.of(config, from);
            if (key.equals(shown)) {
                return;
            }
            var stateBefore = previous != null ? previous.state() : null;
            if (recorded != null) {
                explanation = UpdateExplanation.of(config, recorded, stateBefore);
                when = ended && from == k - 1 ? "The last update, epoch " + from : "The update of epoch " + from
                        + ", from the state shown";
            } else {
                double[] theta = track.paramsAfter(from);
                double[] g = Mse.gradient(config.model(), config.data(), theta);
                int[] rows = new int[config.data().size()];
                for (int i = 0; i < rows.length; i++) {
                    rows[i] = i;
                }
                explanation = UpdateExplanation.of(config.optimizer(), config.model(), config.data(), rows, theta, g,
                        stateBefore);
                when = from == 0 ? "The first update, about to happen (press → to take it)"
                        : "The next update, epoch " + from + " (press → to take it)";
            }
        }
        shown = key;
        render(when, explanation);
    }

    private void render(String when, UpdateExplanation explanation) {
        List<Line> nodes = new ArrayList<>();
        nodes.add(line(explanation.heading(), Styles.NOTE));
        for (UpdateExplanation.Block b : explanation.blocks()) {
            if (explanation.blocks().size() > 1) {
                nodes.add(line(b.parameter() + ":", Styles.SECTION));
            }
            for (UpdateExplanation.Line l : b.lines()) {
                Line text = line(l.text(), null);
                if (!l.note().isEmpty()) {
                    nodes.add(text);
                    nodes.add(line("    " + l.note(), "rule"));
                } else {
                    nodes.add(text);
                }
            }
        }
        show(when, nodes);
    }

    /** The first update of a run, worked out from its start. */
    private static UpdateExplanation first(RunConfig config) {
        int b = config.effectiveBatchSize();
        int[] rows = new int[b];
        for (int i = 0; i < b; i++) {
            rows[i] = i;
        }
        double[] start = config.init();
        double[] g = new double[start.length];
        Mse.batchGradient(config.model(), config.data(), start, config.isFullBatch() ? null : rows, 0, b, g);
        return UpdateExplanation.of(config.optimizer(), config.model(), config.data(), rows, start, g, null);
    }

    /**
     * Shows {@code heading} and the lines, reusing the labels already on screen: while a run streams the
     * panel changes several times a second, and new labels would each be styled and laid out anew.
     */
    private void show(String heading, List<Line> shownLines) {
        title.setText(heading);
        javafx.collections.ObservableList<Node> children = lines.getChildren();
        for (int i = 0; i < shownLines.size(); i++) {
            Line line = shownLines.get(i);
            Label label;
            if (i < children.size()) {
                label = (Label) children.get(i);
            } else {
                label = new Label();
                label.setWrapText(true);
                children.add(label);
            }
            label.setText(line.text());
            List<String> classes = label.getStyleClass();
            for (String style : LINE_STYLES) {
                if (!style.equals(line.style()) && classes.contains(style)) {
                    classes.remove(style);
                }
            }
            if (line.style() != null && !classes.contains(line.style())) {
                classes.add(line.style());
            }
        }
        if (children.size() > shownLines.size()) {
            children.remove(shownLines.size(), children.size());
        }
    }

    /** The style classes a line may have. */
    private static final List<String> LINE_STYLES = List.of(Styles.NOTE, Styles.SECTION, "rule");

    /** One line of the panel: its text and its style class (null: plain). */
    private record Line(String text, String style) {
    }

    private static Line line(String text, String styleClass) {
        return new Line(text, styleClass);
    }

    /** The lines now shown, as text (for tests). */
    String text() {
        StringBuilder sb = new StringBuilder(title.getText());
        for (Node n : lines.getChildren()) {
            sb.append('\n').append(((Label) n).getText());
        }
        return sb.toString();
    }
}
