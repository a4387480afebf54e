package dev.descent.workspace;

import dev.descent.core.Dataset;
import dev.descent.core.Model;
import dev.descent.core.optim.OptimizerConfig;
import dev.descent.core.optim.SgdConfig;
import dev.descent.core.train.RunConfig;
import dev.descent.io.Session;
import dev.descent.lecture.Comparisons;
import dev.descent.lecture.LogStyle;
import dev.descent.lecture.Preset;
import dev.descent.lecture.Presets;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Everything the window edits, as one immutable value: the runs (each a {@link Session.Run}, the type a
 * session file stores, so nothing a file holds is lost on the way), which run the controls edit, the
 * lecture it came from and where its data came from. Every run fits the same data; the window edits the
 * model, start and epochs of every run at once, so that compared runs race fairly (a session file may
 * give its runs different ones, and they are kept as it gave them until edited).
 * <p>
 * It changes only through {@link #apply(Edit)}, which returns the new workspace or the reason the edit
 * was refused; the reasons are the core's own (its configuration constructors check every value).
 *
 * @param runs         one to {@value Session#MAX_RUNS} runs
 * @param selected     the run the controls edit and the status line follows
 * @param lectureId    the lecture preset the workspace came from, or null
 * @param comparisonId the ready-made comparison it was loaded as, or null
 * @param source       where the data came from
 */
public record Workspace(List<Session.Run> runs, int selected, String lectureId, String comparisonId,
                        DataSource source) {

    public Workspace {
        runs = List.copyOf(runs);
        Objects.requireNonNull(source, "source");
        if (runs.isEmpty() || runs.size() > Session.MAX_RUNS) {
            throw new IllegalArgumentException("a workspace holds 1 to " + Session.MAX_RUNS + " runs; got " + runs.size());
        }
        for (Session.Run r : runs) {
            if (!r.config().data().equals(runs.get(0).config().data())) {
                throw new IllegalArgumentException("every run fits the same data");
            }
        }
        if (selected < 0 || selected >= runs.size()) {
            throw new IllegalArgumentException("no run " + (selected + 1) + " of " + runs.size());
        }
    }

    /** What {@link #apply} gives: the new workspace, or the unchanged one and why the edit was refused. */
    public record Outcome(Workspace workspace, String refusal) {
        public boolean refused() {
            return refusal != null;
        }
    }

    // ---- reading -------------------------------------------------------------------------------

    public Dataset data() {
        return runs.get(0).config().data();
    }

    /** The selected run's model (the one the controls show). */
    public Model model() {
        return selectedRun().config().model();
    }

    /** The selected run's start. */
    public double[] start() {
        return selectedRun().config().init();
    }

    /** The selected run's epochs. */
    public int epochs() {
        return selectedRun().config().epochs();
    }

    public Session.Run selectedRun() {
        return runs.get(selected);
    }

    /** Every run's configuration, in order. */
    public List<RunConfig> configs() {
        return runs.stream().map(Session.Run::config).toList();
    }

    /** The lecture preset, or null. */
    public Preset lecture() {
        return lectureId == null ? null : Presets.byId(lectureId);
    }

    /** Whether the data, model and start are the lecture's own, so its log style and prediction apply. */
    public boolean lectureData() {
        Preset p = lecture();
        return p != null && p.config().data().equals(data()) && p.config().model() == model();
    }

    /** How the log prints the runs: the lecture's own way on the lecture's data, epoch by epoch otherwise. */
    public LogStyle logStyle() {
        return lectureData() ? lecture().logStyle() : LogStyle.EPOCH;
    }

    /** The x the log's "Predict" lines use: the lecture's on the lecture's data, NaN (no prediction) otherwise. */
    public double predictAt() {
        return lectureData() ? lecture().predictAt() : Double.NaN;
    }

    /**
     * What the lecture box reads: the lecture, the comparison, "Your data · lecture" for data that are
     * not the lecture's, or "Your data".
     */
    public String lectureBox() {
        Preset p = lecture();
        if (p == null) {
            return "Your data";
        }
        if (source != DataSource.LECTURE) {
            return "Your data · " + p.displayName();
        }
        return comparisonId != null ? comparison(comparisonId).displayName() : p.displayName();
    }

    /** The workspace as a session file stores it. */
    public Session toSession() {
        return new Session(data(), runs, lectureId, logStyle().id());
    }

    // ---- making ---------------------------------------------------------------------------------

    /** A lecture: its data and settings, one run with the automatic label. */
    public static Workspace of(Preset p) {
        RunConfig c = p.config();
        return new Workspace(List.of(new Session.Run(RunLabel.of(c), 0, c)), 0, p.id(), null, DataSource.LECTURE);
    }

    /** A saved session, every field as the file gave it. */
    public static Workspace of(Session s) {
        Preset p = s.presetId() == null ? null : Presets.byId(s.presetId());
        DataSource source = p != null && p.config().data().equals(s.data()) ? DataSource.LECTURE : DataSource.SAVED;
        return new Workspace(s.runs(), 0, p == null ? null : p.id(), null, source);
    }

    /** A ready-made comparison: the lecture's data, one run per configuration, in the palette's order. */
    public static Workspace of(Comparisons.Comparison c) {
        List<Session.Run> runs = new ArrayList<>();
        for (int i = 0; i < c.runs().size(); i++) {
            runs.add(new Session.Run(RunLabel.of(c.runs().get(i)), i % Session.COLOURS, c.runs().get(i)));
        }
        return new Workspace(runs, 0, c.presetId(), c.id(), DataSource.LECTURE);
    }

    static Comparisons.Comparison comparison(String id) {
        return Comparisons.all().stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown comparison '" + id + "'"));
    }

    // ---- editing --------------------------------------------------------------------------------

    /** The workspace after {@code edit}, or this one and the reason it cannot be made. */
    public Outcome apply(Edit edit) {
        try {
            return new Outcome(applied(edit), null);
        } catch (IllegalArgumentException e) { // the core's refusals, InvalidDataException among them
            return new Outcome(this, e.getMessage());
        }
    }

    private Workspace applied(Edit edit) {
        RunConfig c = selectedRun().config();
        OptimizerConfig o = c.optimizer();
        if (edit instanceof Edit.SetLr e) {
            return withSelected(c.withOptimizer(o.withLr(e.lr())));
        }
        if (edit instanceof Edit.SetMomentum e) {
            SgdConfig sgd = sgd(o, "momentum");
            double dampening = sgd.dampening() != 0 ? e.momentum() : 0;
            return withSelected(c.withOptimizer(new SgdConfig(sgd.lr(), e.momentum(), dampening, sgd.nesterov(),
                    sgd.weightDecay())));
        }
        if (edit instanceof Edit.SetDampening e) {
            SgdConfig sgd = sgd(o, "dampening");
            return withSelected(c.withOptimizer(new SgdConfig(sgd.lr(), sgd.momentum(), e.dampening(), sgd.nesterov(),
                    sgd.weightDecay())));
        }
        if (edit instanceof Edit.SetNesterov e) {
            SgdConfig sgd = sgd(o, "Nesterov");
            return withSelected(c.withOptimizer(new SgdConfig(sgd.lr(), sgd.momentum(), sgd.dampening(), e.nesterov(),
                    sgd.weightDecay())));
        }
        if (edit instanceof Edit.SetOptimizer e) {
            return OptimizerKind.of(o) == e.kind() ? this
                    : withSelected(c.withOptimizer(e.kind().defaults()));
        }
        if (edit instanceof Edit.SetBatchMode e) {
            return withSelected(c.withBatchSize(e.mode().batchSize(e.miniBatchSize())));
        }
        if (edit instanceof Edit.SetMiniBatchSize e) {
            if (BatchMode.of(c.batchSize(), c.data().size()) != BatchMode.MINI) {
                throw new IllegalArgumentException("only a run in mini-batches has a mini-batch size");
            }
            return withSelected(c.withBatchSize(BatchMode.MINI.batchSize(e.size())));
        }
        if (edit instanceof Edit.SetLabel e) {
            return withRun(selected, new Session.Run(e.label(), selectedRun().colour(), c));
        }
        if (edit instanceof Edit.SetEpochs e) {
            return withEveryRun(r -> r.withEpochs(e.epochs()), source);
        }
        if (edit instanceof Edit.SetStart e) {
            return withEveryRun(r -> r.withInit(e.start()), source);
        }
        if (edit instanceof Edit.SetModel e) {
            return e.model() == model() ? this
                    : withEveryRun(r -> r.withModel(e.model(), new double[e.model().parameterCount()]), source);
        }
        if (edit instanceof Edit.AddPoint e) {
            return withPointEdit(data().withAdded(e.x(), e.y()));
        }
        if (edit instanceof Edit.InsertPoint e) {
            return withPointEdit(data().withInserted(e.index(), e.x(), e.y()));
        }
        if (edit instanceof Edit.MovePoint e) {
            return withPointEdit(data().withPoint(point(e.index()), e.x(), e.y()));
        }
        if (edit instanceof Edit.DeletePoint e) {
            point(e.index());
            if (data().size() == 1) {
                throw new IllegalArgumentException("the data needs at least one point");
            }
            return withPointEdit(data().without(e.index()));
        }
        if (edit instanceof Edit.ReplaceData e) {
            return withData(e.data(), e.source());
        }
        if (edit instanceof Edit.AddRun) {
            if (runs.size() >= Session.MAX_RUNS) {
                throw new IllegalArgumentException("at most " + Session.MAX_RUNS + " runs are compared");
            }
            List<Session.Run> more = new ArrayList<>(runs);
            more.add(new Session.Run(RunLabel.of(c), freeColour(), c));
            return new Workspace(more, more.size() - 1, lectureId, comparisonId, source);
        }
        if (edit instanceof Edit.RemoveRun) {
            if (runs.size() < 2) {
                throw new IllegalArgumentException("the last run cannot be removed");
            }
            List<Session.Run> fewer = new ArrayList<>(runs);
            fewer.remove(selected);
            return new Workspace(fewer, Math.min(selected, fewer.size() - 1), lectureId, comparisonId, source);
        }
        if (edit instanceof Edit.SelectRun e) {
            if (e.index() < 0 || e.index() >= runs.size()) {
                throw new IllegalArgumentException("there is no run " + (e.index() + 1));
            }
            return new Workspace(runs, e.index(), lectureId, comparisonId, source);
        }
        if (edit instanceof Edit.LoadLecture e) {
            return of(Presets.byId(e.presetId()));
        }
        if (edit instanceof Edit.LoadSession e) {
            return of(e.session());
        }
        if (edit instanceof Edit.LoadComparison e) {
            return of(comparison(e.comparisonId()));
        }
        throw new IllegalStateException("an edit this version does not know: " + edit);
    }

    private static SgdConfig sgd(OptimizerConfig o, String what) {
        if (o instanceof SgdConfig sgd) {
            return sgd;
        }
        throw new IllegalArgumentException(what + " is a setting of SGD, not of " + OptimizerKind.of(o));
    }

    private int point(int index) {
        if (index < 0 || index >= data().size()) {
            throw new IllegalArgumentException("there is no point " + (index + 1) + " of " + data().size());
        }
        return index;
    }

    /** The selected run with a new configuration; an automatic label follows it, a given one stays. */
    private Workspace withSelected(RunConfig config) {
        Session.Run run = selectedRun();
        String label = run.label().equals(RunLabel.of(run.config())) ? RunLabel.of(config) : run.label();
        return withRun(selected, new Session.Run(label, run.colour(), config));
    }

    private Workspace withRun(int i, Session.Run run) {
        List<Session.Run> changed = new ArrayList<>(runs);
        changed.set(i, run);
        return new Workspace(changed, selected, lectureId, comparisonId, source);
    }

    private Workspace withEveryRun(java.util.function.UnaryOperator<RunConfig> change, DataSource newSource) {
        return withEveryRun(change, newSource, true);
    }

    private Workspace withEveryRun(java.util.function.UnaryOperator<RunConfig> change, DataSource newSource,
                                   boolean labelsFollow) {
        List<Session.Run> changed = new ArrayList<>();
        for (Session.Run r : runs) {
            RunConfig after = change.apply(r.config());
            String label = labelsFollow && r.label().equals(RunLabel.of(r.config())) ? RunLabel.of(after) : r.label();
            changed.add(new Session.Run(label, r.colour(), after));
        }
        return new Workspace(changed, selected, lectureId, comparisonId, newSource);
    }

    /** Every run on {@code newData}, which came from {@code newSource}. */
    public Workspace withData(Dataset newData, DataSource newSource) {
        return withEveryRun(r -> r.withData(newData), newSource);
    }

    /** The same settings and labels on other data (the history puts a step's settings back this way). */
    Workspace withDataOnly(Dataset newData, DataSource newSource) {
        return withEveryRun(r -> r.withData(newData), newSource, false);
    }

    /** Edited points are the lecture's again once they equal its own (undoing every edit, say). */
    private Workspace withPointEdit(Dataset newData) {
        Preset p = lecture();
        boolean lectures = (source == DataSource.LECTURE || source == DataSource.EDITED)
                && p != null && p.config().data().equals(newData);
        return withData(newData, lectures ? DataSource.LECTURE : DataSource.EDITED);
    }

    private int freeColour() {
        for (int colour = 0; colour < Session.COLOURS; colour++) {
            int k = colour;
            if (runs.stream().noneMatch(r -> r.colour() == k)) {
                return colour;
            }
        }
        return runs.size() % Session.COLOURS;
    }
}
