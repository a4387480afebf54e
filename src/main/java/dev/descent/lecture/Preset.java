package dev.descent.lecture;

import dev.descent.core.train.RunConfig;

/**
 * A lecture, ready to replay: its data, model, optimizer, starting point and epochs, with the log
 * style its printout used.
 *
 * @param id          the short name used on the command line ({@code gd}, {@code sgd}, …)
 * @param displayName what the preset chooser shows: which lecture it replays
 * @param description one or two sentences for the teacher
 * @param predictAt   the x of the lecture's "Predict" lines, or NaN
 */
public record Preset(String id, String displayName, String description, RunConfig config, LogStyle logStyle,
                     double predictAt) {

    @Override
    public String toString() {
        return displayName;
    }
}
