package dev.descent.app;

import dev.descent.lecture.LogLine;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;

/**
 * The Log tab: the selected run's newest lines, at the end of the list. The lines wait in the run's
 * {@link RunTrack}; the list is filled from there only while the tab is open and only when asked
 * ({@link #refresh}), so a closed tab costs a streaming run nothing, and an open one a list change a
 * few times a second rather than one per frame.
 */
final class LogPane {
    private final ListView<LogLine> list;
    private final Tab tab;
    private RunTrack track;
    /** What the list shows: this many lines of {@link #shownTrack}'s log had been taken. */
    private RunTrack shownTrack;
    private long shownLines = -1;

    LogPane(ListView<LogLine> list, Tab tab) {
        this.list = list;
        this.tab = tab;
        tab.selectedProperty().addListener((obs, was, open) -> refresh());
    }

    /** Shows this run's log from now on (the list follows at the next refresh, or now if the tab is open). */
    void follow(RunTrack newTrack) {
        track = newTrack;
        refresh();
    }

    /** Brings the list up to date with the run's lines, if the tab is open and there is anything new. */
    void refresh() {
        if (!tab.isSelected() || track == null || (track == shownTrack && track.logLinesTaken() == shownLines)) {
            return;
        }
        list.getItems().setAll(track.log());
        // A list just put on screen does not know its rows' height yet; lay it out first, or scrolling
        // to the end stops a row short.
        list.applyCss();
        list.layout();
        list.scrollTo(Math.max(0, list.getItems().size() - 1));
        shownTrack = track;
        shownLines = track.logLinesTaken();
    }
}
