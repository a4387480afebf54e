package dev.descent.workspace;

import dev.descent.core.Dataset;
import dev.descent.lecture.Presets;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.util.ArrayDeque;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.Collections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Undo and redo of the workspace's edits. */
class HistoryTest {
    private final History history = new History();
    private Workspace now = Workspace.of(Presets.first());

    private void edit(Edit e, boolean continuing) {
        Workspace before = now;
        Workspace.Outcome o = now.apply(e);
        assertFalse(o.refused(), o.refusal());
        now = o.workspace();
        history.record(before, e, now, continuing);
    }

    private void edit(Edit e) {
        edit(e, false);
    }

    @Test
    void everyEditIsUndoneAndRedoneInOrder() {
        Workspace start = now;
        edit(new Edit.SetLr(0.05));
        Workspace afterLr = now;
        edit(new Edit.AddPoint(4, 9));
        Workspace afterAdd = now;
        edit(new Edit.MovePoint(0, 1, 3));
        Workspace afterMove = now;
        edit(new Edit.DeletePoint(1));
        Workspace afterDelete = now;
        edit(new Edit.AddRun());
        edit(new Edit.SetMomentum(0.9));
        Workspace end = now;
        for (Workspace expected : new Workspace[] {null, afterDelete, afterMove, afterAdd, afterLr, start}) {
            now = history.undo(now).orElseThrow();
            if (expected != null) {
                assertEquals(expected, now);
            }
        }
        assertFalse(history.canUndo());
        assertTrue(history.undo(now).isEmpty());
        while (history.canRedo()) {
            now = history.redo(now).orElseThrow();
        }
        assertEquals(end, now);
    }

    @Test
    void aNewEditForgetsWhatWasUndone() {
        edit(new Edit.SetLr(0.05));
        now = history.undo(now).orElseThrow();
        assertTrue(history.canRedo());
        edit(new Edit.SetEpochs(40));
        assertFalse(history.canRedo());
    }

    @Test
    void aDraggedSliderIsOneStep() {
        Workspace start = now;
        for (double lr = 0.02; lr < 0.2; lr += 0.01) {
            edit(new Edit.SetLr(lr), true);
        }
        Workspace dragged = now;
        assertEquals(1, history.size());
        now = history.undo(now).orElseThrow();
        assertEquals(start, now);
        now = history.redo(now).orElseThrow();
        assertEquals(dragged, now);
        // A new drag is a step of its own.
        edit(new Edit.SetLr(0.3), false);
        edit(new Edit.SetLr(0.4), true);
        assertEquals(2, history.size());
    }

    @Test
    void theHistoryIsBounded() {
        History small = new History(5);
        Workspace w = now;
        for (int k = 1; k <= 12; k++) {
            Workspace next = w.apply(new Edit.SetEpochs(k)).workspace();
            small.record(w, new Edit.SetEpochs(k), next, false);
            w = next;
        }
        assertEquals(5, small.size());
        for (int k = 0; k < 5; k++) {
            w = small.undo(w).orElseThrow();
        }
        assertEquals(7, w.epochs(), "the five newest steps are kept");
        assertFalse(small.canUndo());
    }

    @Test
    void pointEditsOnAMillionPointsKeepNoCopyOfTheData() throws Exception {
        int n = 1_000_000;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
            y[i] = 2 * i;
        }
        Dataset big = Dataset.of(x, y);
        edit(new Edit.ReplaceData(big, DataSource.GENERATED));
        Dataset replaced = Presets.first().config().data();
        for (int k = 0; k < 20; k++) {
            edit(new Edit.MovePoint(k, k, 0));
            edit(new Edit.SetLr(0.01 + k / 1000.0));
        }
        Set<Object> datasets = Collections.newSetFromMap(new IdentityHashMap<>());
        collectDatasets(history, datasets, Collections.newSetFromMap(new IdentityHashMap<>()));
        long large = datasets.stream().filter(d -> ((Dataset) d).size() > 3).count();
        assertEquals(1, large, "no copy of the big data per step: " + datasets.size() + " data sets kept");
        assertTrue(datasets.stream().anyMatch(d -> d.equals(replaced)), "the data the replacement replaced");
        while (history.canUndo()) {
            now = history.undo(now).orElseThrow();
        }
        assertEquals(Workspace.of(Presets.first()), now);
    }

    /** Every Dataset reachable from {@code o} through fields, arrays and collections. */
    private static void collectDatasets(Object o, Set<Object> found, Set<Object> seen) throws IllegalAccessException {
        if (o == null || !seen.add(o) || o instanceof String || o instanceof Number || o instanceof Class<?>
                || o.getClass().isArray() || o instanceof Enum<?>) {
            return;
        }
        if (o instanceof Dataset) {
            found.add(o);
            return;
        }
        if (o instanceof Iterable<?> it && (o instanceof ArrayDeque<?> || o.getClass().getName().startsWith("java.util"))) {
            for (Object e : it) {
                collectDatasets(e, found, seen);
            }
            return;
        }
        if (o.getClass().getName().startsWith("java.")) {
            return;
        }
        for (Class<?> c = o.getClass(); c != null; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (java.lang.reflect.Modifier.isStatic(f.getModifiers()) || f.getType().isPrimitive()) {
                    continue;
                }
                f.setAccessible(true);
                collectDatasets(f.get(o), found, seen);
            }
        }
    }
}
