package dev.descent.workspace;

import dev.descent.core.Dataset;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Undo and redo over the workspace's edits, bounded to {@link #LIMIT} steps. A step keeps what it needs
 * and no more: a point edit keeps the edit and its inverse (a few numbers, however large the data); a
 * settings edit keeps the settings before and after with the data left out (they are the current data
 * when the step is undone or redone); an edit that replaces the data keeps one reference to the data it
 * replaced. Changes that continue the last one (a dragged slider, a dragged point) merge into its step.
 */
public final class History {
    /** The most steps kept; the oldest go first. */
    public static final int LIMIT = 200;

    /** A one-point stand-in for the data in a kept copy of the settings, so that the copy holds no data. */
    private static final Dataset NO_DATA = Dataset.of(new double[] {0}, new double[] {0});

    private final int limit;
    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();

    /** How one side of a step is put back onto the workspace it meets. */
    private sealed interface Change {
        Workspace applyTo(Workspace now);
    }

    /** A point edit, made again. */
    private record Replay(Edit edit) implements Change {
        @Override
        public Workspace applyTo(Workspace now) {
            Workspace.Outcome o = now.apply(edit);
            if (o.refused()) {
                throw new IllegalStateException("a recorded edit no longer applies: " + o.refusal());
            }
            return o.workspace();
        }
    }

    /** The settings as they were, on the data as they are. */
    private record Settings(Workspace kept, DataSource source) implements Change {
        @Override
        public Workspace applyTo(Workspace now) {
            return kept.withDataOnly(now.data(), source);
        }
    }

    /** The whole workspace as it was, its data included. */
    private record Whole(Workspace kept) implements Change {
        @Override
        public Workspace applyTo(Workspace now) {
            return kept;
        }
    }

    private record Step(Change back, Change forth, Object mergeKey) {
    }

    public History() {
        this(LIMIT);
    }

    public History(int limit) {
        this.limit = limit;
    }

    /**
     * Records that {@code edit} took {@code before} to {@code after}. With {@code continuing}, an edit of
     * the same kind as the last step's (the same slider, the same point) merges into that step.
     */
    public void record(Workspace before, Edit edit, Workspace after, boolean continuing) {
        if (before.equals(after)) {
            return;
        }
        Object key = mergeKey(edit);
        Step step = new Step(back(before, edit, after), forth(before, edit, after), key);
        redo.clear();
        Step last = undo.peekLast();
        if (continuing && last != null && last.mergeKey().equals(key)) {
            undo.removeLast();
            step = new Step(last.back(), step.forth(), key);
        }
        undo.addLast(step);
        while (undo.size() > limit) {
            undo.removeFirst();
        }
    }

    private static Change back(Workspace before, Edit edit, Workspace after) {
        if (edit instanceof Edit.AddPoint) {
            return new Replay(new Edit.DeletePoint(after.data().size() - 1));
        }
        if (edit instanceof Edit.InsertPoint e) {
            return new Replay(new Edit.DeletePoint(e.index()));
        }
        if (edit instanceof Edit.MovePoint e) {
            return new Replay(new Edit.MovePoint(e.index(), before.data().x(e.index()), before.data().y(e.index())));
        }
        if (edit instanceof Edit.DeletePoint e) {
            return new Replay(new Edit.InsertPoint(e.index(), before.data().x(e.index()), before.data().y(e.index())));
        }
        return keep(before, after);
    }

    private static Change forth(Workspace before, Edit edit, Workspace after) {
        if (edit.isPointEdit()) {
            return new Replay(edit);
        }
        return keep(after, before);
    }

    /** {@code side} kept without its data when the step leaves the data alone, whole when it changes them. */
    private static Change keep(Workspace side, Workspace other) {
        if (side.data() == other.data()) {
            return new Settings(side.withDataOnly(NO_DATA, side.source()), side.source());
        }
        return new Whole(side);
    }

    /** Edits merge with the last step when they are the same setting, or move the same point. */
    private static Object mergeKey(Edit edit) {
        if (edit instanceof Edit.MovePoint e) {
            return "move " + e.index();
        }
        return edit.getClass();
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** The workspace with the last step undone, or empty when there is none. */
    public Optional<Workspace> undo(Workspace now) {
        Step step = undo.pollLast();
        if (step == null) {
            return Optional.empty();
        }
        redo.addLast(step);
        return Optional.of(step.back().applyTo(now));
    }

    /** The workspace with the last undone step made again, or empty when there is none. */
    public Optional<Workspace> redo(Workspace now) {
        Step step = redo.pollLast();
        if (step == null) {
            return Optional.empty();
        }
        undo.addLast(step);
        return Optional.of(step.forth().applyTo(now));
    }

    /** How many steps can be undone. */
    public int size() {
        return undo.size();
    }
}
