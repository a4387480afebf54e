package dev.descent.cli;

import picocli.CommandLine.TypeConversionException;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Reads one {@code --compare} value: comma-separated overrides of the base run's "how to fit" settings,
 * each {@code key=value} or a bare flag, with the keys of train's own options without the dashes:
 * {@code --compare "momentum=0.9,nesterov"}, {@code --compare "optimizer=adam,lr=0.05"}. Values are read
 * by the same rules as the options, and the run is then checked like any other, so a bad override gets
 * the same message, prefixed by the override it came from.
 */
final class CompareSpec {
    /** Runs that may be compared with the base run (four in all). */
    static final int MAX = 3;
    static final String KEYS = "optimizer, lr, momentum, dampening, nesterov, weight-decay, batch-size, shuffle,"
            + " seed, epochs";
    private static final Set<String> FIXED = Set.of("preset", "data", "model", "init");

    private CompareSpec() {
    }

    /** A copy of {@code base} with the overrides of {@code spec} applied. */
    static TrainCommand.How apply(TrainCommand.How base, String spec) {
        String where = "--compare '" + spec + "'";
        if (spec.isBlank()) {
            throw new IllegalArgumentException(where + ": is empty; give overrides such as momentum=0.9,nesterov");
        }
        TrainCommand.How h = base.copy();
        Set<String> seen = new HashSet<>();
        boolean sgdOnlyGiven = false;
        for (String item : spec.split(",", -1)) {
            String part = item.strip();
            if (part.isEmpty()) {
                throw new IllegalArgumentException(where + ": has an empty override; separate key=value pairs by"
                        + " single commas");
            }
            int eq = part.indexOf('=');
            String key = (eq < 0 ? part : part.substring(0, eq)).strip().toLowerCase(Locale.ROOT);
            if (key.startsWith("--")) {
                key = key.substring(2);
            }
            String value = eq < 0 ? null : part.substring(eq + 1).strip();
            if (!seen.add(key)) {
                throw new IllegalArgumentException(where + ": " + key + " is given twice");
            }
            if (FIXED.contains(key)) {
                throw new IllegalArgumentException(where + ": " + key + " cannot differ between compared runs: they"
                        + " fit the same model to the same data from the same start (set --" + key + " for all runs)");
            }
            try {
                switch (key) {
                    case "optimizer" -> h.optimizer = required(key, value);
                    case "lr" -> h.lr = Values.finite(required(key, value));
                    case "momentum" -> h.momentum = Values.finite(required(key, value));
                    case "dampening" -> h.dampening = Values.finite(required(key, value));
                    case "weight-decay" -> h.weightDecay = Values.finite(required(key, value));
                    case "batch-size" -> h.batchSize = Values.whole(required(key, value));
                    case "seed" -> h.seed = Values.wholeLong(required(key, value));
                    case "epochs" -> h.epochs = Values.whole(required(key, value));
                    case "nesterov" -> h.nesterov = flag(key, value);
                    case "shuffle" -> h.shuffle = flag(key, value);
                    default -> throw new IllegalArgumentException("unknown key; the keys are " + KEYS);
                }
            } catch (TypeConversionException | IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + (e.getMessage().startsWith(key) ? "" : key + ": ")
                        + e.getMessage(), e);
            }
            sgdOnlyGiven |= key.equals("momentum") || key.equals("dampening") || key.equals("nesterov");
        }
        if (h.optimizer != null && !h.optimizer.strip().equalsIgnoreCase("sgd") && !sgdOnlyGiven
                && seen.contains("optimizer")) {
            // Switching this run to another optimizer drops the base run's SGD-only settings.
            h.momentum = null;
            h.dampening = null;
            h.nesterov = false;
        }
        return h;
    }

    private static String required(String key, String value) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException(key + " needs a value, e.g. " + key + "="
                    + (key.equals("optimizer") ? "adam" : "0.5"));
        }
        return value;
    }

    private static boolean flag(String key, String value) {
        if (value == null || value.equalsIgnoreCase("true")) {
            return true;
        }
        if (value.equalsIgnoreCase("false")) {
            return false;
        }
        throw new IllegalArgumentException(key + " is a switch: write " + key + ", " + key + "=true or " + key
                + "=false, not '" + value + "'");
    }
}
