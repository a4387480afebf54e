package dev.descent.app;

import dev.descent.core.Format;
import dev.descent.core.analysis.QuadraticCost;
import dev.descent.core.analysis.Stability;
import dev.descent.core.optim.AdamConfig;
import dev.descent.core.optim.RmspropConfig;
import dev.descent.core.optim.SgdConfig;
import dev.descent.core.train.RunConfig;
import dev.descent.core.train.RunResult;
import dev.descent.core.train.StopReason;
import dev.descent.core.train.Trainer;
import dev.descent.core.train.Verdict;
import dev.descent.lecture.LectureLog;
import dev.descent.workspace.Playback;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The words of the status line, from the state of a run: "12 of 100 epochs done   w = 1.98   cost = 0.01
 * gradient = −0.27   running", or, when a run has stopped for a reason worth explaining, that reason.
 * It counts the epochs done, in words, because everywhere else epochs are numbered from 0 as the
 * lectures print them: after 12 epochs done, the log's last line is "Epoch: 11" and the next update
 * is epoch 12's. A run above its stability limit says so first, from epoch 0 ("Diverging: the cost grows
 * ×1.11 per epoch; lr 0.22 is above the limit 0.214 · 3 of 100 epochs done …"), and the line turns red.
 * Plain functions, tested without a window.
 */
final class StatusLine {
    private StatusLine() {
    }

    /** The status a run's result puts the screen in; {@code current} while the run goes on. */
    static RunStatus statusFor(RunResult result, RunStatus current) {
        if (result == null) {
            return current;
        }
        return switch (result.reason()) {
            case COMPLETED -> RunStatus.FINISHED;
            case CONVERGED -> RunStatus.CONVERGED;
            case DIVERGED -> RunStatus.DIVERGED;
            case FAILED -> RunStatus.FAILED;
            case CANCELLED -> current;
        };
    }

    /** As {@link #statusFor(RunResult, RunStatus)}; a run that ran to its end while diverging has diverged. */
    static RunStatus statusFor(RunResult result, RunStatus current, Verdict verdict) {
        RunStatus status = statusFor(result, current);
        return status == RunStatus.FINISHED && verdict.kind() == Verdict.Kind.DIVERGING ? RunStatus.DIVERGED : status;
    }

    /**
     * What the status line says the selected run is doing, in the playback table's state: invalid while a
     * setting is refused, else ready, running or paused (an ended table holds its runs as paused) unless
     * the run's {@code result} says more. {@code result} is null while the run goes on.
     */
    static RunStatus statusFor(Playback playback, RunResult result, Verdict verdict) {
        if (playback.refused()) {
            return RunStatus.INVALID;
        }
        RunStatus base = switch (playback.mode()) {
            case READY -> RunStatus.READY;
            case PLAYING -> RunStatus.RUNNING;
            case PAUSED, ENDED -> RunStatus.PAUSED;
        };
        return statusFor(result, base, verdict);
    }

    /** Whether the line is a warning, in red: the run diverged or failed, is diverging, or its cost rose. */
    static boolean isWarning(RunResult result, Verdict verdict) {
        return verdict.isWarning() || (result != null
                && (result.reason() == StopReason.DIVERGED || result.reason() == StopReason.FAILED));
    }

    static String text(RunConfig config, int completedEpochs, double[] theta, double cost, double[] gradient,
                       RunResult result, RunStatus status) {
        return text(config, completedEpochs, theta, cost, gradient, result, status, Verdict.NONE);
    }

    /** The line, led by the verdict when it has something to say. */
    static String text(RunConfig config, int completedEpochs, double[] theta, double cost, double[] gradient,
                       RunResult result, RunStatus status, Verdict verdict) {
        if (result != null && (result.reason() == StopReason.DIVERGED || result.reason() == StopReason.FAILED)) {
            return capitalize(result.message());
        }
        String numbers = numbers(config, completedEpochs, theta, cost, gradient, result, status);
        return verdict.isWarning() ? capitalize(verdict.message()) + " · " + numbers : numbers;
    }

    /** The line while looking back at an earlier epoch: its numbers, then how long the run is and how to follow it. */
    static String lookingBack(String numbers, int completedEpochs) {
        return numbers + " · looking back (the run has " + completedEpochs + " epochs; Live to follow)";
    }

    /** With several runs compared, the line names the run it follows: "Run 2 (GD lr 0.1): …" ({@code index} from 0). */
    static String ofRun(int index, String label, String numbers) {
        return "Run " + (index + 1) + " (" + label + "): " + numbers;
    }

    /**
     * With a setting refused, the line says first why it was not taken, and says only that while the run
     * has {@code nothingYet} to show.
     */
    static String refusedFirst(String refusal, String numbers, boolean nothingYet) {
        return nothingYet ? refusal : refusal + "  ·  " + numbers;
    }

    private static String numbers(RunConfig config, int completedEpochs, double[] theta, double cost,
                                  double[] gradient, RunResult result, RunStatus status) {
        List<String> names = config.model().parameterNames();
        StringBuilder sb = new StringBuilder();
        sb.append(Format.count(completedEpochs)).append(" of ").append(Format.count(config.epochs())).append(" epochs done");
        for (int i = 0; i < theta.length; i++) {
            sb.append("   ").append(names.get(i)).append(" = ").append(Format.readout(theta[i]));
        }
        sb.append("   cost = ").append(Format.readout(cost));
        sb.append("   gradient = ");
        if (gradient.length == 1) {
            sb.append(Format.readout(gradient[0]));
        } else {
            sb.append('(');
            for (int i = 0; i < gradient.length; i++) {
                sb.append(i == 0 ? "" : ", ").append(Format.readout(gradient[i]));
            }
            sb.append(')');
        }
        sb.append("   ").append(status);
        if (result != null && result.reason() == StopReason.CONVERGED) {
            sb.append(": ").append(result.message());
        }
        return sb.toString();
    }

    /** The learning-rate slider's red mark: where it stands (NaN for none), what it says, and its formula. */
    record LimitMark(double limit, String text, String formula) {
    }

    /**
     * The red mark for the selected run: the limit of its own optimizer on the whole data (plain, heavy-ball,
     * dampened or Nesterov), or why none is known.
     */
    static LimitMark limitMark(RunConfig config, QuadraticCost quadratic) {
        String none = "no stability limit is known for ";
        if (!(config.optimizer() instanceof SgdConfig sgd)) {
            String name = config.optimizer() instanceof AdamConfig ? "Adam"
                    : config.optimizer() instanceof RmspropConfig ? "RMSprop" : "Adagrad";
            return new LimitMark(Double.NaN, none + name + ": it scales each step by the gradients so far",
                    "Only SGD on the whole data has a fixed learning-rate limit.");
        }
        if (!config.isFullBatch()) {
            int b = config.effectiveBatchSize();
            return new LimitMark(Double.NaN, none + (b == 1 ? "SGD one point at a time" : "SGD in batches of " + b)
                    + ": every batch has its own curvature", "Only SGD on the whole data has a fixed learning-rate limit.");
        }
        OptionalDouble limit = Stability.learningRateLimit(quadratic, sgd);
        String form = Stability.formName(sgd);
        if (limit.isEmpty()) {
            return new LimitMark(Double.NaN, none + form + " on this data",
                    "Momentum of 1 or more, dampening of 1 or more, or data without a finite curvature"
                            + " leave no learning rate that converges.");
        }
        String mu = Format.exact(sgd.momentum());
        String lambda = sgd.weightDecay() == 0 ? "λmax(A)"
                : "(λmax(A) + " + Format.exact(sgd.weightDecay()) + "/2)";
        String bound;
        if (sgd.momentum() == 0) {
            bound = "1/" + lambda;
        } else if (sgd.nesterov()) {
            bound = "(1 + " + mu + ")/((1 + 2·" + mu + ")·" + lambda + ")";
        } else if (sgd.dampening() == 0) {
            bound = "(1 + " + mu + ")/" + lambda;
        } else {
            bound = "(1 + " + mu + ")/((1 − " + Format.exact(sgd.dampening()) + ")·" + lambda + ")";
        }
        return new LimitMark(limit.getAsDouble(), "red mark: " + form + " diverges above "
                + Format.limit3(limit.getAsDouble()),
                "On the whole data " + form + " converges exactly when lr < " + bound + ", with A = mean(φφᵀ)"
                        + " (the cost's curvature is 2A); above it the cost grows every epoch.");
    }

    static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
