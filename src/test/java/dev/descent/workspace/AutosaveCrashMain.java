package dev.descent.workspace;

import dev.descent.lecture.Presets;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A stand-in for the app in {@link AutosaveTest}: starts an autosave in the folder given, makes two edits
 * as the window would, and then waits forever, mid-session, to be killed.
 */
public final class AutosaveCrashMain {
    private AutosaveCrashMain() {
    }

    public static void main(String[] args) throws Exception {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        Autosave autosave = new Autosave(Path.of(args[0]),
                (task, delay) -> timer.schedule(task, delay, TimeUnit.MILLISECONDS), System.err::println);
        autosave.start();
        Workspace ws = Workspace.of(Presets.first());
        for (Edit e : new Edit[] {new Edit.SetLr(0.123), new Edit.AddPoint(4, 9)}) {
            ws = ws.apply(e).workspace();
            autosave.changed(ws);
        }
        new CountDownLatch(1).await();
    }
}
