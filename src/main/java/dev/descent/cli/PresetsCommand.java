package dev.descent.cli;

import dev.descent.core.Format;
import dev.descent.core.train.RunConfig;
import dev.descent.lecture.Preset;
import dev.descent.lecture.Presets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.util.concurrent.Callable;

/** {@code descent presets}: the lectures that {@code train --preset} can replay. */
@Command(name = "presets",
        description = "List the lecture presets: id, title, and what the run does.",
        footer = {"", "Replay one with: descent train --preset ID"})
final class PresetsCommand implements Callable<Integer> {
    private final PrintStream out;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    PresetsCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() {
        int width = 0;
        for (Preset p : Presets.all()) {
            width = Math.max(width, p.id().length());
        }
        String indent = " ".repeat(width + 4);
        for (Preset p : Presets.all()) {
            out.println("  " + p.id() + " ".repeat(width - p.id().length() + 2) + p.displayName());
            out.println(indent + summary(p.config()));
        }
        out.println();
        out.println("Replay one with: descent train --preset ID   (details: descent train --help)");
        out.flush();
        return Cli.OK;
    }

    /** One line: {@code y = w·x from w = 1; SGD lr=0.01; 100 epochs; full batch (3 points)}. */
    static String summary(RunConfig c) {
        StringBuilder sb = new StringBuilder(c.model().formula()).append(" from ");
        double[] init = c.init();
        for (int j = 0; j < init.length; j++) {
            sb.append(j == 0 ? "" : ", ").append(c.model().parameterNames().get(j)).append(" = ")
                    .append(Format.exact(init[j]));
        }
        sb.append("; ").append(c.optimizer().describe()).append("; ").append(Format.count(c.epochs())).append(" epochs; ");
        int n = c.data().size();
        int b = c.effectiveBatchSize();
        String points = Format.count(n) + (n == 1 ? " point" : " points");
        if (b == n) {
            sb.append("full batch (").append(points).append(')');
        } else if (b == 1) {
            sb.append("one update per point (").append(points).append(')');
        } else {
            sb.append("batches of ").append(Format.count(b)).append(" (").append(points).append(')');
        }
        if (c.shuffle() && b < n) {
            sb.append(", shuffled with seed ").append(c.seed());
        }
        return sb.toString();
    }
}
