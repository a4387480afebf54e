package dev.descent.lecture;

import dev.descent.core.train.RunConfig;
import dev.descent.core.train.Trainer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LogLineTest {

    @Test
    void aLineIsWrittenOnceAndOnlyWhenRead() {
        AtomicInteger writes = new AtomicInteger();
        LogLine line = LogLine.later(() -> "Epoch: " + writes.incrementAndGet());
        assertEquals(0, writes.get(), "not written before anyone reads it");
        assertEquals("Epoch: 1", line.text());
        assertEquals("Epoch: 1", line.toString());
        assertEquals(1, writes.get(), "written once");
    }

    /** Every lecture's lines read the same when they are written long after the run, as the log pane does. */
    @Test
    void deferredLinesReadAfterTheRunMatchTheLinesWrittenAsItWent() {
        for (Preset p : Presets.all()) {
            RunConfig c = p.config();
            LogStyle style = LectureLog.styleFor(c, p.logStyle());
            List<String> eager = new ArrayList<>();
            LectureLog now = new LectureLog(c, style, p.predictAt(), eager::add);
            now.start();
            Trainer.run(c, now);
            List<LogLine> deferred = new ArrayList<>();
            LectureLog later = LectureLog.deferred(c, style, p.predictAt(), deferred::add);
            later.start();
            Trainer.run(c, later);
            List<String> read = deferred.stream().map(LogLine::text).toList();
            assertEquals(eager, read, p.id());
        }
    }
}
