package dev.descent.workspace;

import dev.descent.core.Dataset;
import dev.descent.core.Model;
import dev.descent.io.Session;

/**
 * One change to the {@link Workspace}, as a value: the window turns each slider move, click and menu
 * choice into one of these, and {@link Workspace#apply} makes it or refuses it with the reason. The
 * settings edits change the selected run; data, model, start and epochs are every run's.
 */
public sealed interface Edit {
    /** Whether this edit changes only the data (the history keeps its inverse instead of a copy). */
    default boolean isPointEdit() {
        return false;
    }

    record SetLr(double lr) implements Edit { }

    /** Moves the momentum; a dampened run (dampening ≠ 0) keeps its dampening equal to it, the fast.ai form. */
    record SetMomentum(double momentum) implements Edit { }

    record SetDampening(double dampening) implements Edit { }

    record SetNesterov(boolean nesterov) implements Edit { }

    /** Another optimizer, with PyTorch's defaults, its learning rate included. */
    record SetOptimizer(OptimizerKind kind) implements Edit { }

    /** Full batch, one point, or mini-batches of {@code miniBatchSize}. */
    record SetBatchMode(BatchMode mode, int miniBatchSize) implements Edit { }

    /** The mini-batch size; only a run in mini-batches has one. */
    record SetMiniBatchSize(int size) implements Edit { }

    record SetLabel(String label) implements Edit { }

    record SetEpochs(int epochs) implements Edit { }

    record SetStart(double[] start) implements Edit {
        public SetStart {
            start = start.clone();
        }

        @Override
        public double[] start() {
            return start.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof SetStart s && java.util.Arrays.equals(start, s.start);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(start);
        }

        @Override
        public String toString() {
            return "SetStart" + java.util.Arrays.toString(start);
        }
    }

    /** Another model, starting from zeros. */
    record SetModel(Model model) implements Edit { }

    record AddPoint(double x, double y) implements Edit {
        @Override
        public boolean isPointEdit() {
            return true;
        }
    }

    record InsertPoint(int index, double x, double y) implements Edit {
        @Override
        public boolean isPointEdit() {
            return true;
        }
    }

    record MovePoint(int index, double x, double y) implements Edit {
        @Override
        public boolean isPointEdit() {
            return true;
        }
    }

    record DeletePoint(int index) implements Edit {
        @Override
        public boolean isPointEdit() {
            return true;
        }
    }

    /** New data for every run: generated or imported. */
    record ReplaceData(Dataset data, DataSource source) implements Edit { }

    /** A copy of the selected run, selected, to change and race against the others. */
    record AddRun() implements Edit { }

    record RemoveRun() implements Edit { }

    record SelectRun(int index) implements Edit { }

    /** A lecture preset, by id: its data and settings, one run. */
    record LoadLecture(String presetId) implements Edit { }

    record LoadSession(Session session) implements Edit { }

    /** A ready-made comparison of {@code dev.descent.lecture.Comparisons}, by id. */
    record LoadComparison(String comparisonId) implements Edit { }
}
