package dev.descent.workspace;

import dev.descent.workspace.Playback.Command;
import dev.descent.workspace.Playback.Event;
import dev.descent.workspace.Playback.Mode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Playback as a table: each row is a state, an event, the state after it and the engine's commands.
 * The rows are what a teacher sees in the window (README, "Using it in a lecture").
 */
class PlaybackTest {

    @ParameterizedTest(name = "{0} refused={1} + {2} -> {3} refused={4} [{5}]")
    @CsvSource(delimiter = '|', textBlock = """
            # held at the start
            READY   | false | TOGGLE           | PLAYING | false | PLAY
            READY   | false | PLAY             | PLAYING | false | PLAY
            READY   | false | PAUSE            | READY   | false |
            READY   | false | STEP_EPOCH       | PAUSED  | false | STEP_EPOCH
            READY   | false | STEP_UPDATE      | PAUSED  | false | STEP_UPDATE
            READY   | false | RESET            | READY   | false | START_HELD
            READY   | false | SETTINGS_CHANGED | READY   | false | START_HELD
            READY   | false | REFUSED          | READY   | true  |
            # playing: a setting change shows its effect at once, still playing
            PLAYING | false | TOGGLE           | PAUSED  | false | PAUSE
            PLAYING | false | PAUSE            | PAUSED  | false | PAUSE
            PLAYING | false | PLAY             | PLAYING | false |
            PLAYING | false | STEP_EPOCH       | PAUSED  | false | PAUSE STEP_EPOCH
            PLAYING | false | STEP_UPDATE      | PAUSED  | false | PAUSE STEP_UPDATE
            PLAYING | false | RESET            | READY   | false | START_HELD
            PLAYING | false | SETTINGS_CHANGED | PLAYING | false | START_PLAYING
            PLAYING | false | REFUSED          | PLAYING | true  |
            PLAYING | false | ALL_ENDED        | ENDED   | false |
            # paused: a setting change waits at the start for Play
            PAUSED  | false | TOGGLE           | PLAYING | false | PLAY
            PAUSED  | false | STEP_EPOCH       | PAUSED  | false | STEP_EPOCH
            PAUSED  | false | SETTINGS_CHANGED | READY   | false | START_HELD
            PAUSED  | false | ALL_ENDED        | ENDED   | false |
            # ended: Play and a setting change play again from the start; a step starts over held
            ENDED   | false | TOGGLE           | PLAYING | false | START_PLAYING
            ENDED   | false | PAUSE            | ENDED   | false |
            ENDED   | false | STEP_EPOCH       | PAUSED  | false | START_HELD STEP_EPOCH
            ENDED   | false | STEP_UPDATE      | PAUSED  | false | START_HELD STEP_UPDATE
            ENDED   | false | SETTINGS_CHANGED | PLAYING | false | START_PLAYING
            ENDED   | false | RESET            | READY   | false | START_HELD
            # a refused setting: the runs go on or stay held as they were, and Pause still holds them
            PLAYING | true  | TOGGLE           | PAUSED  | true  | PAUSE
            PAUSED  | true  | TOGGLE           | PLAYING | true  | PLAY
            PAUSED  | true  | SETTINGS_CHANGED | READY   | false | START_HELD
            PLAYING | true  | SETTINGS_CHANGED | PLAYING | false | START_PLAYING
            PLAYING | true  | ACCEPTED         | PLAYING | false |
            READY   | true  | ACCEPTED         | READY   | false |
            PLAYING | true  | ALL_ENDED        | ENDED   | true  |
            """)
    void theTable(Mode mode, boolean refused, Event event, Mode nextMode, boolean nextRefused, String commands) {
        Playback.Transition t = new Playback(mode, refused).on(event);
        assertEquals(new Playback(nextMode, nextRefused), t.next());
        List<Command> expected = commands == null ? List.of()
                : Arrays.stream(commands.trim().split("\\s+")).map(Command::valueOf).toList();
        assertEquals(expected, t.commands());
    }

    /** Runs {@code events} from the start, collecting the engine's commands. */
    private static Playback run(List<Command> commands, Event... events) {
        Playback p = Playback.START;
        for (Event e : events) {
            Playback.Transition t = p.on(e);
            commands.addAll(t.commands());
            p = t.next();
        }
        return p;
    }

    @Test
    void aRefusedFieldKeepsTheRunAsItWasAndPauseStillHoldsIt() {
        // Playing, a rate changed while playing, paused; a start that cannot be read, then a good one:
        // the run waits at its start, as a paused run does.
        List<Command> commands = new ArrayList<>();
        Playback p = run(commands, Event.TOGGLE, Event.SETTINGS_CHANGED, Event.TOGGLE, Event.REFUSED,
                Event.SETTINGS_CHANGED);
        assertEquals(Playback.START, p, "held, as it was");
        assertEquals(List.of(Command.PLAY, Command.START_PLAYING, Command.PAUSE, Command.START_HELD), commands);
        // Playing, then a refused value: the run goes on; Pause holds it; Play resumes it, still refused.
        commands.clear();
        p = run(commands, Event.TOGGLE, Event.REFUSED, Event.TOGGLE, Event.TOGGLE);
        assertEquals(new Playback(Mode.PLAYING, true), p);
        assertEquals(List.of(Command.PLAY, Command.PAUSE, Command.PLAY), commands);
        assertTrue(p.goesOn());
    }

    @Test
    void comparedRunsRacingAfterTheSelectedOneEndedAreHeldAndResumedBySpace() {
        // The selected run ended (diverged) while others go on: the runs still play, Space holds them,
        // and a setting changed while they are held restarts every run held at its start.
        List<Command> commands = new ArrayList<>();
        Playback p = run(commands, Event.TOGGLE);
        assertTrue(p.goesOn(), "the others race on");
        p = p.on(Event.TOGGLE).next();
        assertEquals(Mode.PAUSED, p.mode());
        assertFalse(p.goesOn());
        Playback.Transition change = p.on(Event.SETTINGS_CHANGED);
        assertEquals(Playback.START, change.next());
        assertEquals(List.of(Command.START_HELD), change.commands());
    }

    @Test
    void keyboardStepThenResetThenPlayToTheEnd() {
        List<Command> commands = new ArrayList<>();
        Playback p = run(commands, Event.STEP_EPOCH, Event.RESET, Event.TOGGLE, Event.ALL_ENDED, Event.TOGGLE);
        assertEquals(new Playback(Mode.PLAYING, false), p);
        assertEquals(List.of(Command.STEP_EPOCH, Command.START_HELD, Command.PLAY, Command.START_PLAYING), commands);
    }

    @Test
    void everyStateAnswersEveryEvent() {
        for (Mode m : Mode.values()) {
            for (boolean refused : new boolean[] {false, true}) {
                for (Event e : Event.values()) {
                    Playback.Transition t = new Playback(m, refused).on(e);
                    assertTrue(t.next() != null && t.commands() != null, m + " " + e);
                    if (t.commands().contains(Command.START_PLAYING)) {
                        assertEquals(Mode.PLAYING, t.next().mode(), "started playing: " + m + " " + e);
                    }
                    if (t.commands().contains(Command.START_HELD) && !t.commands().contains(Command.STEP_EPOCH)
                            && !t.commands().contains(Command.STEP_UPDATE)) {
                        assertEquals(Mode.READY, t.next().mode(), "started held: " + m + " " + e);
                    }
                }
            }
        }
    }
}
