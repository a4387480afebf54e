package dev.descent.workspace;

import java.util.List;

/**
 * Play, pause, step and restart as a table: the state of the runs on screen and an event give the
 * next state and what the engine is to do. The window only passes its events in and carries out the
 * commands; it keeps no flags of its own about playback.
 * <p>
 * A refused setting is remembered beside the mode, not as a mode of its own: the runs go on (or stay
 * held) as they were, and the state they were in decides what the next accepted setting does.
 *
 * @param mode    what the runs are doing
 * @param refused a setting is refused and the status line says why
 */
public record Playback(Mode mode, boolean refused) {

    public enum Mode {
        /** Held at the start, nothing done yet. */
        READY,
        /** Playing: some run is still going (the selected one may have ended while others race on). */
        PLAYING,
        /** Held part-way, by Pause or a step. */
        PAUSED,
        /** Every run has ended. */
        ENDED
    }

    public enum Event {
        /** Space or the Play button: pause what goes on, otherwise play. */
        TOGGLE,
        PLAY,
        PAUSE,
        STEP_EPOCH,
        STEP_UPDATE,
        RESET,
        /** An accepted edit changed the runs. */
        SETTINGS_CHANGED,
        /** A setting was refused: the runs stay as they were. */
        REFUSED,
        /** A refused field was given a value it accepts (the same as before, so nothing restarts). */
        ACCEPTED,
        /** Every run on screen has ended. */
        ALL_ENDED
    }

    /** What the engine is to do, in order. */
    public enum Command {
        /** Start the runs anew, held before their first update. */
        START_HELD,
        /** Start the runs anew, playing. */
        START_PLAYING,
        PLAY,
        PAUSE,
        STEP_EPOCH,
        STEP_UPDATE
    }

    /** The next state and the engine's commands. */
    public record Transition(Playback next, List<Command> commands) {
    }

    /** A lecture just loaded: held at the start, ready to play. */
    public static final Playback START = new Playback(Mode.READY, false);

    /** Whether runs go on right now (the button then says Pause). */
    public boolean goesOn() {
        return mode == Mode.PLAYING;
    }

    /** Whether the runs are held where they are (at their start or part-way). */
    public boolean held() {
        return mode == Mode.READY || mode == Mode.PAUSED;
    }

    public Transition on(Event event) {
        return switch (event) {
            case TOGGLE -> on(mode == Mode.PLAYING ? Event.PAUSE : Event.PLAY);
            case PLAY -> switch (mode) {
                case READY, PAUSED -> to(Mode.PLAYING, refused, Command.PLAY);
                case PLAYING -> to(Mode.PLAYING, refused);
                // Every run has ended: Play plays them again from the start.
                case ENDED -> to(Mode.PLAYING, refused, Command.START_PLAYING);
            };
            case PAUSE -> mode == Mode.PLAYING ? to(Mode.PAUSED, refused, Command.PAUSE) : to(mode, refused);
            case STEP_EPOCH -> step(Command.STEP_EPOCH);
            case STEP_UPDATE -> step(Command.STEP_UPDATE);
            case RESET -> to(Mode.READY, refused, Command.START_HELD);
            // A teacher who held the runs decides when they go on; a playing or ended run shows the
            // change at once, playing. A refusal lifts with the accepted change.
            case SETTINGS_CHANGED -> held() ? to(Mode.READY, false, Command.START_HELD)
                    : to(Mode.PLAYING, false, Command.START_PLAYING);
            case REFUSED -> to(mode, true);
            case ACCEPTED -> to(mode, false);
            case ALL_ENDED -> mode == Mode.READY ? to(mode, refused) : to(Mode.ENDED, refused);
        };
    }

    /** One epoch or update, then held; after the end the runs start again, held, and take it from there. */
    private Transition step(Command step) {
        return switch (mode) {
            case READY, PAUSED -> to(Mode.PAUSED, refused, step);
            case PLAYING -> to(Mode.PAUSED, refused, Command.PAUSE, step);
            case ENDED -> to(Mode.PAUSED, refused, Command.START_HELD, step);
        };
    }

    private static Transition to(Mode mode, boolean refused, Command... commands) {
        return new Transition(new Playback(mode, refused), List.of(commands));
    }
}
